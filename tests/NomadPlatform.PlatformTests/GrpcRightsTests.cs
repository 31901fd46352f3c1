using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Google.Protobuf;
using Grpc.Core;
using NomadPlatform.Contracts.Grpc.Approval.V1;
using NomadPlatform.Contracts.Grpc.Arrival.V1;
using NomadPlatform.Contracts.Grpc.HubIntake.V1;
using NomadPlatform.Contracts.Grpc.Identity.V1;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// Agencies trust each other only by proof: a gRPC method answers a system that presents a token
/// Identity issued to it for this service (private_key_jwt with its system certificate), and only
/// when its agency holds the method's right; the code a system enrols with works once.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class GrpcRightsTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_call_without_a_system_token_is_unauthenticated_with_the_reason()
    {
        foreach (var (_, _, call) in Calls(new Metadata()))
        {
            var refused = await Assert.ThrowsAsync<RpcException>(call);
            Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
            Assert.Contains("answers agency systems only", refused.Status.Detail);
        }
    }

    [Fact]
    public async Task Another_agencys_valid_system_is_denied_a_method_it_holds_no_right_to_and_the_right_agency_is_answered()
    {
        using var arrival = await AgencySystem.EnrolAsync(platform, "arrival");
        using var hub = await AgencySystem.EnrolAsync(platform, "hubintake");
        using var journey = new CaseJourney(platform);
        await journey.RegisterPersonAsync($"R{Guid.NewGuid():N}"[..9], platform.Today.AddYears(5));
        using var identity = platform.Channel("identity");
        var lookup = new LookupIinRequest { Iin = journey.Iin };

        var denied = await Assert.ThrowsAsync<RpcException>(async () =>
            await new IinRegistry.IinRegistryClient(identity).LookupIinAsync(lookup, await arrival.HeadersForAsync("identity")));
        var answered = await new IinRegistry.IinRegistryClient(identity).LookupIinAsync(lookup, await hub.HeadersForAsync("identity"));

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Contains($"BIN {arrival.Bin} (arrival) holds no right to /nomad.identity.v1.IinRegistry/LookupIin; it answers hubintake", denied.Status.Detail);
        Assert.True(answered.Exists);
        Assert.NotEmpty(answered.FullName);
    }

    [Fact]
    public async Task Every_method_denies_an_agency_outside_its_rights()
    {
        // PSC holds no right to any of these (Issue excepted: any system may renew its own certificate);
        // each answers PERMISSION_DENIED before reading the request.
        using var psc = await AgencySystem.EnrolAsync(platform, "pscissuance");
        foreach (var service in new[] { "identity", "approval", "hubintake" })
        foreach (var (target, _, call) in Calls(await psc.HeadersForAsync(service)).Where(c => c.Service == service && c.Method != "Issue"))
        {
            var refused = await Assert.ThrowsAsync<RpcException>(call);
            Assert.True(refused.StatusCode == StatusCode.PermissionDenied, $"{target}: {refused.Status}");
        }
    }

    [Fact]
    public async Task A_token_for_another_service_or_a_persons_token_does_not_open_a_gRPC_method_and_a_system_token_opens_no_persons_API()
    {
        using var hub = await AgencySystem.EnrolAsync(platform, "hubintake");
        using var journey = new CaseJourney(platform);
        await journey.RegisterPersonAsync($"G{Guid.NewGuid():N}"[..9], platform.Today.AddYears(5));
        using var identity = platform.Channel("identity");
        var person = new Metadata { { "Authorization", $"Bearer {await (await journey.ApplicantAsync()).AccessTokenAsync()}" } };

        // A token Approval received from the Hub, replayed by Approval to Identity.
        var replayed = await Assert.ThrowsAsync<RpcException>(async () =>
            await new IinRegistry.IinRegistryClient(identity).LookupIinAsync(new LookupIinRequest { Iin = journey.Iin }, await hub.HeadersForAsync("approval")));
        var byPerson = await Assert.ThrowsAsync<RpcException>(async () =>
            await new IinRegistry.IinRegistryClient(identity).LookupIinAsync(new LookupIinRequest { Iin = journey.Iin }, person));
        using var http = platform.Client("hubintake");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/officers/queue");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await hub.TokenForAsync("hubintake"));
        using var systemOnPeoplesApi = await http.SendAsync(request);

        Assert.Equal(StatusCode.Unauthenticated, replayed.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, byPerson.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, systemOnPeoplesApi.StatusCode);
    }

    [Fact]
    public async Task An_enrolment_code_enrols_once_and_the_codes_the_agencies_started_with_are_void()
    {
        var hubBin = PlatformStaff.AgencyOf("hubintake").Bin;
        var code = await AgencySystem.NewEnrolmentCodeAsync(platform, hubBin);
        var configured = File.ReadAllText(Path.Combine(platform.DataDirectory, "secrets", "hubintake-enrolment-code")).Trim();
        using var channel = platform.Channel("identity");
        var certificates = new OrganisationCertificates.OrganisationCertificatesClient(channel);

        var first = await certificates.EnrolAsync(Enrolment(hubBin, code));
        var again = await Assert.ThrowsAsync<RpcException>(async () => await certificates.EnrolAsync(Enrolment(hubBin, code)));
        var evil = await Assert.ThrowsAsync<RpcException>(async () => await certificates.EnrolAsync(Enrolment(hubBin, configured, "Evil system")));
        var otherBin = await AgencySystem.NewEnrolmentCodeAsync(platform, PlatformStaff.AgencyOf("arrival").Bin);
        var wrongOrganisation = await Assert.ThrowsAsync<RpcException>(async () => await certificates.EnrolAsync(Enrolment(hubBin, otherBin)));

        using var certificate = X509CertificateLoader.LoadCertificate(first.Certificate.ToByteArray());
        Assert.Contains($"OU=BIN{hubBin}", certificate.Subject);
        Assert.Equal(StatusCode.PermissionDenied, again.StatusCode);
        Assert.Contains("already used", again.Status.Detail);
        Assert.Equal(StatusCode.PermissionDenied, evil.StatusCode);
        Assert.Contains("already used", evil.Status.Detail);
        Assert.Equal(StatusCode.PermissionDenied, wrongOrganisation.StatusCode);
        Assert.Contains("not this organisation's", wrongOrganisation.Status.Detail);
    }

    static EnrolRequest Enrolment(string bin, string code, string name = "platform test system")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new EnrolRequest
        {
            Bin = bin,
            Csr = ByteString.CopyFrom(new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256).CreateSigningRequest()),
            EnrolmentCode = code,
            CommonName = name,
        };
    }

    /// <summary>One call of every method that needs a system, with <paramref name="headers"/>.</summary>
    IEnumerable<(string Service, string Method, Func<Task> Call)> Calls(Metadata headers)
    {
        var caseId = Guid.NewGuid().ToString();
        yield return ("identity", "LookupIin", async () => await new IinRegistry.IinRegistryClient(platform.Channel("identity")).LookupIinAsync(new LookupIinRequest { Iin = "840315300017" }, headers));
        yield return ("identity", "Verify", async () => await new SignatureVerification.SignatureVerificationClient(platform.Channel("identity")).VerifyAsync(new VerifyRequest(), headers));
        yield return ("identity", "Issue", async () => await new OrganisationCertificates.OrganisationCertificatesClient(platform.Channel("identity")).IssueAsync(new IssueRequest(), headers));
        yield return ("approval", "CheckEligibility", async () => await new ApplicantEligibility.ApplicantEligibilityClient(platform.Channel("approval")).CheckEligibilityAsync(new CheckEligibilityRequest { Iin = "840315300017" }, headers));
        yield return ("approval", "GetDecision", async () => await new ApprovalDecisions.ApprovalDecisionsClient(platform.Channel("approval")).GetDecisionAsync(new GetDecisionRequest { CaseId = caseId }, headers));
        yield return ("hubintake", "GetEndorsement", async () => await new EndorsementRegistry.EndorsementRegistryClient(platform.Channel("hubintake")).GetEndorsementAsync(new GetEndorsementRequest(), headers));
        yield return ("arrival", "GetArrival", async () => await new ArrivalRecords.ArrivalRecordsClient(platform.Channel("arrival")).GetArrivalAsync(new GetArrivalRequest { CaseId = caseId }, headers));
    }
}
