using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// Partners receive case events from the feed: registered by the feed's operator, each type and field
/// granted by a named administrator, every event a signed CloudEvent in the log's order.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class FeedTests(PlatformFixture platform)
{
    const string Submitted = "kz.nomad.hub-intake.application-submitted.v1";
    const string Approved = "kz.nomad.approval.preliminary-approval-granted.v1";
    const string PermitIssued = "kz.nomad.psc-issuance.residence-permit-issued.v1";

    [Fact]
    public async Task A_subscribed_partner_sees_each_granted_event_of_a_case_once_in_order_signed_and_only_its_granted_fields()
    {
        await FeedPartner.GrantAsync(platform, PartnerOrganisation.Bank, (Submitted, []), (Approved, []), (PermitIssued, ["permitNumber", "validFrom", "validUntil"]));
        using var bank = await FeedPartner.EnrolAsync(platform, PartnerOrganisation.Bank);
        var subscribedAt = (await bank.ReadAsync(0, limit: 1)).Newest;

        using var journey = new CaseJourney(platform);
        await journey.RunToPermitAsync($"F{Guid.NewGuid():N}"[..9], platform.Today.AddYears(6), "Astana, Feed Street 1");
        var items = await bank.CatchUpAsync(subscribedAt, journey.CaseId, read => read.Any(i => i.Type == PermitIssued));

        Assert.Equal([Submitted, Approved, PermitIssued], items.Select(i => i.Type));
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
        Assert.True(items.Select(i => i.Position).SequenceEqual(items.Select(i => i.Position).Order()));
        var submitted = items[0].Event;
        Assert.Equal("1.0", submitted.GetProperty("specversion").GetString());
        Assert.Equal($"kz.gov/agency/{PlatformStaff.AgencyOf("hubintake").Bin}/hubintake", submitted.GetProperty("source").GetString());
        Assert.EndsWith($"/feed/schemas/{Submitted}.json", submitted.GetProperty("dataschema").GetString());
        Assert.Equal(["caseId", "occurredAt"], Fields(items[0]));
        Assert.Equal(["caseId", "occurredAt", "permitNumber", "validFrom", "validUntil"], Fields(items[2]));
        foreach (var item in items)
            Assert.Contains($"BIN{PlatformStaff.AgencyOf("feed").Bin}", Verify(item.EventBytes, item.Signature).Subject);
        var tampered = items[2].EventBytes.ToArray();
        tampered[tampered.Length / 2] ^= 0x01;
        Assert.ThrowsAny<CryptographicException>(() => Verify(tampered, items[2].Signature));
        Assert.Equal(0, await OpenSslVerifyAsync(items[2].EventBytes, items[2].Signature));
        Assert.NotEqual(0, await OpenSslVerifyAsync(tampered, items[2].Signature));
    }

    /// <summary>The README's check with openssl alone: the event, its signature, and the national CA's chain from Identity's /pki.</summary>
    async Task<int> OpenSslVerifyAsync(byte[] servedEvent, byte[] signature)
    {
        var folder = Directory.CreateTempSubdirectory("nomad-feed-verify-").FullName;
        using var identity = platform.Client("identity");
        var chain = new StringBuilder();
        foreach (var path in new[] { "/pki/root.crt", "/pki/issuing.crt" })
            chain.AppendLine(X509CertificateLoader.LoadCertificate(await identity.GetByteArrayAsync(path)).ExportCertificatePem());
        await File.WriteAllTextAsync(Path.Combine(folder, "nca-chain.pem"), chain.ToString());
        await File.WriteAllBytesAsync(Path.Combine(folder, "event.json"), servedEvent);
        await File.WriteAllBytesAsync(Path.Combine(folder, "event.p7s"), signature);
        using var openssl = Process.Start(new ProcessStartInfo("openssl",
            ["cms", "-verify", "-binary", "-inform", "DER", "-in", "event.p7s", "-content", "event.json", "-CAfile", "nca-chain.pem", "-purpose", "any", "-out", "/dev/null"])
        {
            WorkingDirectory = folder,
            RedirectStandardError = true,
        })!;
        await openssl.WaitForExitAsync();
        return openssl.ExitCode;
    }

    [Fact]
    public async Task An_offline_partner_catches_up_from_its_stored_position_and_never_receives_a_type_or_field_it_was_not_granted()
    {
        var registrar = await platform.Staff.OfficerAsync("feed", "PartnerRegistrar");
        await FeedPartner.GrantAsync(platform, PartnerOrganisation.Employer, (PermitIssued, ["validUntil"]));
        using var employer = await FeedPartner.EnrolAsync(platform, PartnerOrganisation.Employer);
        var stored = (await employer.ReadAsync(0, limit: 1)).Newest;

        using var journey = new CaseJourney(platform);
        await journey.RunToPermitAsync($"O{Guid.NewGuid():N}"[..9], platform.Today.AddYears(6), "Astana, Offline Street 2");
        var everything = new List<FeedItem>();
        var after = stored;
        for (var deadline = DateTime.UtcNow.AddSeconds(60); !everything.Any(i => i.Subject == journey.CaseId.ToString()) && DateTime.UtcNow < deadline;)
        {
            var (items, next, _) = await employer.ReadAsync(after, wait: 2, limit: 2); // small pages: the stored position moves on
            everything.AddRange(items);
            after = next;
        }
        using var notGranted = await employer.GetAsync($"/feed?types={Submitted}");
        using var history = await platform.Client("feed").SendAsync(await SignedInRequests.AuthorizedAsync(registrar, $"/api/partners/{PartnerOrganisation.Employer.Bin}/grants"));

        Assert.All(everything, i => Assert.Equal(PermitIssued, i.Type));
        Assert.All(everything, i => Assert.Equal(["caseId", "occurredAt", "validUntil"], Fields(i)));
        Assert.Single(everything, i => i.Subject == journey.CaseId.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, notGranted.StatusCode);
        Assert.Contains("no grant", await notGranted.Content.ReadAsStringAsync());
        using var versions = await platform.Client("feed").SendAsync(await SignedInRequests.AuthorizedAsync(registrar, "/api/event-versions"));
        var inUse = JsonDocument.Parse(await versions.Content.ReadAsStringAsync()).RootElement.EnumerateArray()
            .Single(v => v.GetProperty("eventType").GetString() == PermitIssued);
        Assert.True(inUse.GetProperty("partnersGranted").GetInt32() >= 1);
        Assert.Equal(1, inUse.GetProperty("version").GetInt32());
        var grants = JsonDocument.Parse(await history.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
        Assert.Contains(grants, g => g.GetProperty("eventType").GetString() == PermitIssued && g.GetProperty("grantedBy").GetString() == registrar.Iin);
    }

    [Fact]
    public async Task Only_a_registered_partners_system_reads_the_feed()
    {
        using var agencySystem = await FeedPartner.EnrolAsync(platform, new PartnerOrganisation("arrival", PlatformStaff.AgencyOf("arrival").Bin, "Migration police"));
        using var person = new CaseJourney(platform);
        await person.RegisterPersonAsync($"P{Guid.NewGuid():N}"[..9], platform.Today.AddYears(5));

        using var notPartner = await agencySystem.GetAsync("/feed");
        using var anonymous = await platform.Client("feed").GetAsync("/feed");
        using var byPerson = await platform.Client("feed").SendAsync(await SignedInRequests.AuthorizedAsync(await person.ApplicantAsync(), "/feed"));

        Assert.Equal(HttpStatusCode.Forbidden, notPartner.StatusCode);
        Assert.Contains("not a registered partner", await notPartner.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byPerson.StatusCode);
    }

    static string[] Fields(FeedItem item) => [.. item.Data.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    /// <summary>The detached CMS checked over the exact bytes, as a partner does; the signer's certificate.</summary>
    static X509Certificate2 Verify(byte[] content, byte[] signature)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        cms.Decode(signature);
        cms.CheckSignature(verifySignatureOnly: true);
        return cms.SignerInfos[0].Certificate!;
    }
}
