using CsCheck;
using Microsoft.Extensions.Time.Testing;
using NomadPlatform.Eds.Signing;
using NomadPlatform.Identity.Domain.Eds;

namespace NomadPlatform.UnitTests.Eds;

/// <summary>Whatever bytes arrive as a signature, the verifier answers with reasons and never throws.</summary>
public sealed class CmsRobustnessTests(TestPki pki) : IClassFixture<TestPki>
{
    static readonly byte[] Manifest = "{\"caseId\":\"01a2135e-d4aa-7f21-a5ce-1e35993fa9be\"}"u8.ToArray();

    [Theory]
    [InlineData(EdsKeyAlgorithm.Gost2015_512)]
    [InlineData(EdsKeyAlgorithm.Rsa)]
    public void A_signature_with_bytes_changed_or_cut_never_throws(EdsKeyAlgorithm algorithm)
    {
        var authority = algorithm == EdsKeyAlgorithm.Rsa ? pki.National : pki.Gost512;
        using var key = TestPki.IssueFileKey(authority, algorithm);
        var cms = EdsSigner.Sign(Manifest, key, detached: false, TestPki.Now);
        var verifier = new SignatureVerifier(authority.Trust, new FakeTimeProvider(TestPki.Now));

        Gen.Select(Gen.Int[0, cms.Length - 1], Gen.Byte, Gen.Int[1, cms.Length]).Sample((at, value, length) =>
        {
            var damaged = cms[..length];
            if (at < length) damaged[at] ^= (byte)(value | 1);
            var result = verifier.VerifyAsync(damaged, null, EdsPurpose.Signing, TestPki.ApplicantIin,
                (_, _) => Task.FromResult<RevokedCertificate?>(null), CancellationToken.None).GetAwaiter().GetResult();
            // Some bytes are not signed (the CMS version, say): a change there may still verify. What matters is an answer.
            return result.Valid || (result.Failures.Count > 0 && result.Failures.All(f => f.Reason.Length > 0));
        }, iter: 400);
    }
}
