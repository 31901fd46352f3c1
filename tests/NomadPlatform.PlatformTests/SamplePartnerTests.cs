// An alias: the tool compiles its own gRPC client from the contract's .proto, as a partner would.
extern alias SamplePartnerTool;

using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using SamplePartnerTool::NomadPlatform.SamplePartner;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// The sample partner in <c>tools/</c>, as a bank runs it: it enrols its own system key, reads the feed
/// from its stored position, verifies every event, takes each once across its own restart, and refuses
/// an event with one byte changed.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SamplePartnerTests(PlatformFixture platform)
{
    const string Submitted = "kz.nomad.hub-intake.application-submitted.v1";
    const string Approved = "kz.nomad.approval.preliminary-approval-granted.v1";
    const string PermitIssued = "kz.nomad.psc-issuance.residence-permit-issued.v1";

    sealed class PlatformClock(LocalPlatform platform) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => platform.Now;
    }

    [Fact]
    public async Task The_sample_partner_takes_every_granted_event_once_across_its_restart_and_refuses_a_changed_one()
    {
        await FeedPartner.GrantAsync(platform, PartnerOrganisation.Bank, (Submitted, []), (Approved, []), (PermitIssued, ["permitNumber", "validUntil"]));
        var folder = Directory.CreateTempSubdirectory("nomad-sample-partner-").FullName;
        var code = await AgencySystem.NewEnrolmentCodeAsync(platform, PartnerOrganisation.Bank.Bin);
        using var system = await PartnerSystem.EnrolAsync(platform.App.GetEndpoint("identity", "grpc"), PartnerOrganisation.Bank.Bin, code,
            Path.Combine(folder, "system.p12"), "sample-partner-password");
        var verifier = new EventVerifier(await NationalCaAsync(), PlatformStaff.AgencyOf("feed").Bin, new PlatformClock(platform));
        var state = Path.Combine(folder, "state");
        var output = new StringWriter();
        PartnerFeed Start() => new(platform.Client("feed"), Identity(), system, verifier, new PartnerStore(state), new PlatformClock(platform), output);
        var subscribedAt = await LatestPositionAsync();
        new PartnerStore(state).Save(subscribedAt);

        using var journey = new CaseJourney(platform);
        await journey.RunToPermitAsync($"S{Guid.NewGuid():N}"[..9], platform.Today.AddYears(6), "Astana, Sample Street 3");
        var partner = Start();
        await ReadUntilAsync(partner, state, journey.CaseId, PermitIssued);
        var taken = CaseEvents(state, journey.CaseId);
        new PartnerStore(state).Save(subscribedAt); // a crash after taking the events, before saving the position
        var restarted = Start();
        await ReadUntilAsync(restarted, state, journey.CaseId, PermitIssued);
        var afterRestart = CaseEvents(state, journey.CaseId);
        var (permit, signature) = new PartnerStore(state).Events().Last(e => Type(e.Event) == PermitIssued);
        var changed = permit.ToArray();
        changed[changed.Length / 3] ^= 0x04;

        Assert.Equal([Submitted, Approved, PermitIssued], taken.Select(Type));
        Assert.Equal(taken.Select(Id), afterRestart.Select(Id));
        Assert.Contains($"case {journey.CaseId}: residence-permit-issued (v1)", output.ToString());
        Assert.Null(verifier.Problem(permit, signature));
        Assert.Contains("does not verify", verifier.Problem(changed, signature));
    }

    HttpClient Identity()
    {
        var identity = platform.Client("identity");
        identity.BaseAddress = new Uri(platform.App.GetEndpoint("identity", "http").ToString().TrimEnd('/') + "/");
        return identity;
    }

    async Task<long> LatestPositionAsync()
    {
        using var bank = await FeedPartner.EnrolAsync(platform, PartnerOrganisation.Bank);
        return (await bank.ReadAsync(0, limit: 1)).Newest;
    }

    async Task<X509Certificate2Collection> NationalCaAsync()
    {
        using var identity = platform.Client("identity");
        return [X509CertificateLoader.LoadCertificate(await identity.GetByteArrayAsync("/pki/root.crt")),
            X509CertificateLoader.LoadCertificate(await identity.GetByteArrayAsync("/pki/issuing.crt"))];
    }

    static async Task ReadUntilAsync(PartnerFeed partner, string state, Guid caseId, string lastType)
    {
        for (var attempt = 0; attempt < 30 && !CaseEvents(state, caseId).Any(e => Type(e) == lastType); attempt++)
            await partner.PullOnceAsync(wait: 2);
        Assert.Contains(CaseEvents(state, caseId), e => Type(e) == lastType);
    }

    static List<byte[]> CaseEvents(string state, Guid caseId) =>
        new PartnerStore(state).Events().Select(e => e.Event).Where(e => Field(e, "subject") == caseId.ToString()).ToList();

    static string Type(byte[] cloudEvent) => Field(cloudEvent, "type");

    static string Id(byte[] cloudEvent) => Field(cloudEvent, "id");

    static string Field(byte[] cloudEvent, string name) => JsonDocument.Parse(cloudEvent).RootElement.GetProperty(name).GetString()!;
}
