using System.Net;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using NomadPlatform.Eds;
using NomadPlatform.Eds.Signing;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// Signatures the platform cannot accept — GOST 2015 from a CA it does not trust, the retired GOST
/// 2004, several signers — reach the applicant as 400 problem details naming the reason, never a 5xx.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class NationalSignatureTests(PlatformFixture platform)
{
    // 1.2.398.3.10.1.1.2.3.2 (GOST 2015, 512) and 1.2.398.3.10.1.1.1.3.2 under the retired GOST 34.310-2004 arc: same length.
    static readonly byte[] Gost2015Signature512 = [0x06, 0x0A, 0x2A, 0x83, 0x0E, 0x03, 0x0A, 0x01, 0x01, 0x02, 0x03, 0x02];
    static readonly byte[] Gost2004Signature = [0x06, 0x0A, 0x2A, 0x83, 0x0E, 0x03, 0x0A, 0x01, 0x01, 0x01, 0x03, 0x02];

    [Fact]
    public async Task A_gost_2015_signature_from_a_ca_the_platform_does_not_trust_is_a_400_naming_the_chain()
    {
        var (journey, manifest, expiry) = await ApplicantAsync();
        using var _ = journey;
        using var key = UntrustedGostKey(journey.Iin);

        using var response = await SubmitAsync(journey, manifest, EdsSigner.Sign(manifest, key, detached: true, platform.Now));

        await AssertRefusedAsync(response, "[Chain]");
    }

    [Fact]
    public async Task A_gost_2004_signature_is_a_400_naming_the_retired_algorithm()
    {
        var (journey, manifest, _) = await ApplicantAsync();
        using var _ = journey;
        using var key = UntrustedGostKey(journey.Iin);
        var cms = Replace(EdsSigner.Sign(manifest, key, detached: true, platform.Now), Gost2015Signature512, Gost2004Signature);

        using var response = await SubmitAsync(journey, manifest, cms);

        await AssertRefusedAsync(response, "GOST 34.310-2004");
    }

    [Fact]
    public async Task A_signature_with_two_signers_is_a_400_naming_them()
    {
        var (journey, manifest, expiry) = await ApplicantAsync();
        using var _ = journey;
        using var other = new CaseJourney(platform);
        await other.RegisterAsync($"O{Guid.NewGuid():N}"[..9], expiry);
        var cms = new SignedCms(new ContentInfo(manifest), detached: true);
        using var first = journey.SigningKey!.Key.AttachTo(journey.SigningKey.Certificate);
        using var second = other.SigningKey!.Key.AttachTo(other.SigningKey.Certificate);
        cms.ComputeSignature(new CmsSigner(first), silent: true);
        cms.ComputeSignature(new CmsSigner(second), silent: true);

        using var response = await SubmitAsync(journey, manifest, cms.Encode());

        await AssertRefusedAsync(response, "2 signers");
    }

    async Task<(CaseJourney Journey, byte[] Manifest, DateOnly Expiry)> ApplicantAsync()
    {
        var journey = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(5);
        await journey.RegisterAsync($"G{Guid.NewGuid():N}"[..9], expiry);
        return (journey, JsonSerializer.SerializeToUtf8Bytes(await journey.ManifestAsync(expiry)), expiry);
    }

    static async Task<HttpResponseMessage> SubmitAsync(CaseJourney journey, byte[] manifest, byte[] cms) =>
        await journey.SendRawAsync("hubintake", HttpMethod.Post, "/api/applications",
            new { manifest = Convert.ToBase64String(manifest), signature = Convert.ToBase64String(cms) }, await journey.ApplicantAsync());

    static async Task AssertRefusedAsync(HttpResponseMessage response, string reason)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("signature", body);
        Assert.Contains(reason, body);
    }

    /// <summary>A GOST 2015 (512-bit) signing key for the IIN, from a CA made here that the platform has never heard of.</summary>
    EdsKeyFile UntrustedGostKey(string iin)
    {
        using var authorityKey = EdsPrivateKey.CreateGost(512);
        var authorityName = new X500DistinguishedName("CN=Unconfigured GOST CA, C=KZ");
        var authorityRequest = authorityKey.Request(authorityName);
        authorityRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var authority = authorityRequest.Create(authorityName, authorityKey.SignatureGenerator, platform.Now.AddDays(-1), platform.Now.AddYears(1), [1]);

        var holderKey = EdsPrivateKey.CreateGost(512);
        var request = holderKey.Request(new X500DistinguishedName($"CN=NOMAD DANA, SERIALNUMBER=IIN{iin}, C=KZ"));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.NonRepudiation | X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new("1.3.6.1.5.5.7.3.4")], false));
        return new EdsKeyFile(request.Create(authorityName, authorityKey.SignatureGenerator, platform.Now.AddDays(-1), platform.Now.AddMonths(6), [2]), holderKey);
    }

    static byte[] Replace(byte[] data, byte[] find, byte[] with)
    {
        var result = data.ToArray();
        for (var at = result.AsSpan().IndexOf(find); at >= 0; at = result.AsSpan().IndexOf(find))
            with.CopyTo(result, at);
        return result;
    }
}
