using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using NomadPlatform.Contracts.Grpc.Identity.V1;
using NomadPlatform.Eds.Signing;

namespace NomadPlatform.PlatformTests;

[Collection(PlatformCollection.Name)]
public sealed class IdentityTests(PlatformFixture platform)
{
    static object Person(string surname, string birthDate, string[] citizenships, params (string Number, string Country)[] passports) => new
    {
        surname,
        givenName = "Aruzhan",
        birthDate,
        sex = "Female",
        citizenships,
        passports = passports.Select(p => new { number = p.Number, country = p.Country, expiresOn = "2034-06-30" }).ToArray(),
    };

    [Fact]
    public async Task A_dual_citizen_registered_again_with_either_passport_keeps_one_iin_and_conflicting_data_is_refused()
    {
        using var journey = new CaseJourney(platform);
        var consul = await journey.ConsularOfficerAsync();
        var (fr, ru) = ($"F{Guid.NewGuid():N}"[..9], $"R{Guid.NewGuid():N}"[..9]);

        var first = await journey.SendAsync<JsonElement>("identity", HttpMethod.Post, "/api/persons", Person("Dupont", "1988-02-29", ["FR", "RU"], (fr, "FR"), (ru, "RU")), consul);
        using var again = await journey.SendRawAsync("identity", HttpMethod.Post, "/api/persons", Person("Dupont", "1988-02-29", ["RU"], (ru, "RU")), consul);
        using var conflicting = await journey.SendRawAsync("identity", HttpMethod.Post, "/api/persons", Person("Martin", "1988-02-29", ["FR"], (fr, "FR")), consul);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first.GetProperty("iin").GetString(), (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("iin").GetString());
        Assert.Equal(HttpStatusCode.Conflict, conflicting.StatusCode);
        var person = await journey.SendAsync<JsonElement>("identity", HttpMethod.Get, $"/api/persons/{first.GetProperty("iin").GetString()}?reason=applicant-request", user: consul);
        Assert.Equal(2, person.GetProperty("passports").GetArrayLength());
        Assert.Equal(new DateOnly(1988, 2, 29).ToString("yyyy-MM-dd"), person.GetProperty("birthDate").GetString());
    }

    [Fact]
    public async Task A_csr_gets_an_nca_style_certificate_for_the_applicants_own_key()
    {
        using var journey = new CaseJourney(platform);
        await journey.RegisterAsync($"C{Guid.NewGuid():N}"[..9], new DateOnly(2034, 1, 1));
        using var key = RSA.Create(2048);
        var csr = new CertificateRequest("CN=whatever the applicant wrote", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).CreateSigningRequestPem();

        var issued = await journey.SendAsync<JsonElement>("identity", HttpMethod.Post, $"/api/persons/{journey.Iin}/certificates", new { purpose = "Authentication", csr }, await journey.ConsularOfficerAsync());

        using var certificate = X509Certificate2.CreateFromPem(issued.GetProperty("certificatePem").GetString());
        Assert.Contains($"SERIALNUMBER=IIN{journey.Iin}", certificate.Subject);
        Assert.Equal(key.ExportSubjectPublicKeyInfo(), certificate.PublicKey.ExportSubjectPublicKeyInfo());
        Assert.Contains(certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages.Cast<Oid>(), o => o.Value == "1.3.6.1.5.5.7.3.2");
    }

    [Fact]
    public async Task A_revoked_key_is_on_the_crl_and_its_signatures_fail_verification_over_grpc()
    {
        using var journey = new CaseJourney(platform);
        await journey.RegisterAsync($"V{Guid.NewGuid():N}"[..9], new DateOnly(2034, 1, 1));
        var serial = journey.SigningKey!.Certificate.SerialNumber;
        var content = "I, the applicant, sign this."u8.ToArray();
        var signature = EdsSigner.Sign(content, journey.SigningKey, detached: true, platform.Now.AddMinutes(-1));
        using var verifier = await VerifierAsync();

        var before = await verifier.CheckAsync(Request(signature, content, journey.Iin));
        // The holder, signed in, revokes their own signing key.
        var revoked = await journey.SendAsync<JsonElement>("identity", HttpMethod.Post, $"/api/certificates/{serial}/revocation", new { reason = "KeyCompromise" }, await journey.ApplicantAsync());
        var after = await verifier.CheckAsync(Request(signature, content, journey.Iin));
        using var client = platform.Client("identity");
        var crl = CertificateRevocationListBuilder.Load(await client.GetByteArrayAsync("/pki/crl"), out _);

        Assert.True(before.Valid, string.Join("; ", before.Failures));
        Assert.Equal("Revoked", revoked.GetProperty("status").GetString());
        Assert.False(after.Valid);
        Assert.Equal([VerificationCheck.Revocation], after.Failures.Select(f => f.Check));
        Assert.True(crl.RemoveEntry(Convert.FromHexString(serial)));
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(16, "")]
    [InlineData(1024 * 1024 + 1, "")]
    [InlineData(16, "12345")]
    public async Task Bad_verification_requests_get_invalid_argument_with_the_reason(int garbageBytes, string expectedIin)
    {
        using var verifier = await VerifierAsync();
        var request = new VerifyRequest { Cms = ByteString.CopyFrom(new byte[garbageBytes]), Purpose = SignaturePurpose.Signing, ExpectedIin = expectedIin };

        var error = await Assert.ThrowsAsync<RpcException>(async () => await verifier.CheckAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.NotEmpty(error.Status.Detail);
    }

    static VerifyRequest Request(byte[] cms, byte[] content, string iin) => new()
    {
        Cms = ByteString.CopyFrom(cms),
        DetachedContent = ByteString.CopyFrom(content),
        Purpose = SignaturePurpose.Signing,
        ExpectedIin = iin,
    };

    /// <summary>Identity's verifier as the Hub's system calls it (the Hub holds the right to Verify).</summary>
    sealed class VerifierClient(GrpcChannel channel, Metadata headers) : SignatureVerification.SignatureVerificationClient(channel), IDisposable
    {
        public Task<VerifyReply> CheckAsync(VerifyRequest request) => VerifyAsync(request, headers).ResponseAsync;

        public void Dispose() => channel.Dispose();
    }

    async Task<VerifierClient> VerifierAsync()
    {
        using var hub = await AgencySystem.EnrolAsync(platform, "hubintake");
        return new(platform.Channel("identity"), await hub.HeadersForAsync("identity"));
    }
}
