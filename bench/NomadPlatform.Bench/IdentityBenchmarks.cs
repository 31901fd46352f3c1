using System.Text;
using Microsoft.Extensions.Time.Testing;
using NomadPlatform.Eds;
using NomadPlatform.Eds.Signing;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Bench;

/// <summary>Identity's hot paths: IIN validation and CMS signature verification (RSA-2048/SHA-256, national CA RSA-3072).</summary>
static class IdentityBenchmarks
{
    public static IReadOnlyList<BenchmarkResult> Run(TimeSpan duration)
    {
        var iins = Enumerable.Range(1, 1000).Select(serial => Iin.Compose(new DateOnly(1990, 1, 1).AddDays(serial), Sex.Female, serial)).OfType<Iin>().Select(i => i.Value).ToArray();
        var results = new List<BenchmarkResult>
        {
            Measure.Run("IIN validation (Iin.TryParse)", duration, i =>
            {
                var valid = 0;
                foreach (var text in iins) valid += Iin.TryParse(text, out _, out _) ? 1 : 0;
                return valid;
            }),
        };

        var now = DateTimeOffset.UtcNow;
        var authority = CertificateAuthority.Create(EdsKeyAlgorithm.Rsa, now.AddDays(-1), new Uri("http://localhost/pki/crl"));
        using var key = EdsKeys.Create(EdsKeyAlgorithm.Rsa, authority: false);
        using var issued = authority.Issue(key.Request(NcaSubject.ForIndividual(Iin.Parse("791028302728"), "Nomad", "Dana")), EdsPurpose.Signing, now.AddHours(-1));
        using var signingKey = key.AttachTo(issued);
        var manifest = Encoding.UTF8.GetBytes("""{"iin":"791028302728","passportExpiresOn":"2033-05-01","documents":["3f1c…","9a0b…"]}""");
        var attached = EdsSigner.Sign(manifest, signingKey, detached: false, now);
        var detached = EdsSigner.Sign(manifest, signingKey, detached: true, now);
        var verifier = new SignatureVerifier(authority.Trust, new FakeTimeProvider(now));
        SignatureVerifier.RevocationLookup notRevoked = (_, _) => Task.FromResult<RevokedCertificate?>(null);

        results.Add(Measure.Run("CMS verification, attached (all checks)", duration, _ =>
            verifier.VerifyAsync(attached, null, EdsPurpose.Signing, "791028302728", notRevoked, CancellationToken.None).GetAwaiter().GetResult().Valid ? 1 : 0));
        results.Add(Measure.Run("CMS verification, detached (all checks)", duration, _ =>
            verifier.VerifyAsync(detached, manifest, EdsPurpose.Signing, "791028302728", notRevoked, CancellationToken.None).GetAwaiter().GetResult().Valid ? 1 : 0));
        results.Add(Measure.Run("CMS signing (RSA-2048, SHA-256)", duration, _ => EdsSigner.Sign(manifest, signingKey, true, now).Length > 0 ? 1 : 0));

        // NCA's current keys: GOST R 34.10-2015, 512 bits, Streebog, through BouncyCastle.
        var gostAuthority = CertificateAuthority.Create(EdsKeyAlgorithm.Gost2015_512, now.AddDays(-1), new Uri("http://localhost/pki/crl"));
        var gostKey = EdsKeys.Create(EdsKeyAlgorithm.Gost2015_512, authority: false);
        using var gostFile = new EdsKeyFile(gostAuthority.Issue(gostKey.Request(NcaSubject.ForIndividual(Iin.Parse("791028302728"), "Nomad", "Dana")), EdsPurpose.Signing, now.AddHours(-1)), gostKey);
        var gostDetached = EdsSigner.Sign(manifest, gostFile, detached: true, now);
        var gostVerifier = new SignatureVerifier(gostAuthority.Trust, new FakeTimeProvider(now));
        results.Add(Measure.Run("CMS verification, detached, GOST 2015-512 (all checks)", duration, _ =>
            gostVerifier.VerifyAsync(gostDetached, manifest, EdsPurpose.Signing, "791028302728", notRevoked, CancellationToken.None).GetAwaiter().GetResult().Valid ? 1 : 0));
        results.Add(Measure.Run("CMS signing (GOST 2015-512, Streebog)", duration, _ => EdsSigner.Sign(manifest, gostFile, true, now).Length > 0 ? 1 : 0));
        return results;
    }
}
