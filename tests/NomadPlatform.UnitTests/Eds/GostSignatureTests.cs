using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using NomadPlatform.Eds;
using NomadPlatform.Eds.Signing;
using NomadPlatform.Identity.Domain.Eds;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.X509;
using AlgorithmIdentifier = Org.BouncyCastle.Asn1.X509.AlgorithmIdentifier;
using ContentInfo = Org.BouncyCastle.Asn1.Cms.ContentInfo;
using SignerInfo = Org.BouncyCastle.Asn1.Cms.SignerInfo;

namespace NomadPlatform.UnitTests.Eds;

/// <summary>Signatures as Kazakhstan makes them today: a GOST 2015 CA, GOST keys, and what is refused with its own reason.</summary>
public sealed class GostSignatureTests(TestPki pki) : IClassFixture<TestPki>
{
    static readonly byte[] Manifest = Encoding.UTF8.GetBytes("""{"caseId":"01a2135e-d4aa-7f21-a5ce-1e35993fa9be","documents":["passport.pdf"]}""");

    public static TheoryData<EdsKeyAlgorithm> GostAlgorithms => [EdsKeyAlgorithm.Gost2015_256, EdsKeyAlgorithm.Gost2015_512];

    CertificateAuthority Authority(EdsKeyAlgorithm algorithm) => algorithm == EdsKeyAlgorithm.Gost2015_512 ? pki.Gost512 : pki.Gost256;

    static Task<VerificationResult> VerifyAsync(CertificateAuthority authority, byte[] cms, byte[]? detached = null) =>
        new SignatureVerifier(authority.Trust, new FakeTimeProvider(TestPki.Now))
            .VerifyAsync(cms, detached, EdsPurpose.Signing, TestPki.ApplicantIin, (_, _) => Task.FromResult<RevokedCertificate?>(null), CancellationToken.None);

    [Theory, MemberData(nameof(GostAlgorithms))]
    public async Task A_gost_cas_holder_signs_attached_and_detached_and_both_verify(EdsKeyAlgorithm algorithm)
    {
        using var key = TestPki.IssueFileKey(Authority(algorithm), algorithm);

        var attached = await VerifyAsync(Authority(algorithm), EdsSigner.Sign(Manifest, key, detached: false, TestPki.Now));
        var detached = await VerifyAsync(Authority(algorithm), EdsSigner.Sign(Manifest, key, detached: true, TestPki.Now), Manifest);

        Assert.True(attached.Valid, string.Join("; ", attached.Failures));
        Assert.True(detached.Valid, string.Join("; ", detached.Failures));
        Assert.Equal(Manifest, attached.SignedContent);
        Assert.Equal(TestPki.ApplicantIin, detached.SignerIin);
        Assert.Equal(TestPki.Now, detached.SignedAt);
    }

    [Theory, MemberData(nameof(GostAlgorithms))]
    public async Task A_tampered_gost_signature_fails_with_the_signature_reason(EdsKeyAlgorithm algorithm)
    {
        using var key = TestPki.IssueFileKey(Authority(algorithm), algorithm);
        var cms = EdsSigner.Sign(Manifest, key, detached: false, TestPki.Now);
        cms[cms.AsSpan().IndexOf("passport"u8)] ^= 0x20;

        var result = await VerifyAsync(Authority(algorithm), cms);

        Assert.Equal([VerificationCheck.Signature], result.Failures.Select(f => f.Check));
        Assert.Contains("does not match the content", result.Failures[0].Reason);
    }

    [Fact]
    public async Task A_gost_key_file_made_by_the_ca_opens_and_signs()
    {
        using var issued = TestPki.IssueFileKey(pki.Gost512, EdsKeyAlgorithm.Gost2015_512);
        using var file = EdsSigner.OpenKeyFile(issued.Key.ExportPkcs12(issued.Certificate, "file-password"), "file-password");

        Assert.True((await VerifyAsync(pki.Gost512, EdsSigner.Sign(Manifest, file, detached: true, TestPki.Now), Manifest)).Valid);
    }

    [Fact]
    public async Task A_gost_chain_is_not_trusted_by_a_ca_that_did_not_issue_it_and_nothing_throws()
    {
        using var key = TestPki.IssueFileKey(pki.Gost512, EdsKeyAlgorithm.Gost2015_512);

        var result = await VerifyAsync(pki.National, EdsSigner.Sign(Manifest, key, detached: false, TestPki.Now));

        Assert.Equal([VerificationCheck.Chain], result.Failures.Select(f => f.Check));
    }

    [Fact]
    public async Task A_gost_2004_signature_is_refused_with_its_own_reason()
    {
        using var key = TestPki.IssueFileKey(pki.Gost512, EdsKeyAlgorithm.Gost2015_512);
        var cms = WithAlgorithms(EdsSigner.Sign(Manifest, key, detached: false, TestPki.Now), EdsOids.Gost2004Digest, "1.2.398.3.10.1.1.1.2");

        var result = await VerifyAsync(pki.Gost512, cms);

        Assert.Equal([VerificationCheck.Algorithm], result.Failures.Select(f => f.Check));
        Assert.Contains("GOST 34.310-2004", result.Failures[0].Reason);
        Assert.Contains("retired", result.Failures[0].Reason);
    }

    [Fact]
    public async Task An_unknown_algorithm_is_named_not_called_a_mismatch()
    {
        using var key = TestPki.IssueFileKey(pki.Gost512, EdsKeyAlgorithm.Gost2015_512);
        var cms = WithAlgorithms(EdsSigner.Sign(Manifest, key, detached: false, TestPki.Now), EdsOids.Streebog512, "1.3.6.1.4.1.99999.1");

        var result = await VerifyAsync(pki.Gost512, cms);

        Assert.Equal([VerificationCheck.Algorithm], result.Failures.Select(f => f.Check));
        Assert.Contains("1.3.6.1.4.1.99999.1", result.Failures[0].Reason);
        Assert.DoesNotContain("does not match", result.Failures[0].Reason);
    }

    [Fact]
    public async Task A_russian_tc26_signature_is_named_as_an_algorithm_this_platform_does_not_verify()
    {
        var result = await VerifyAsync(pki.Gost512, OpenSslGostVectors.DetachedCms512, Encoding.UTF8.GetBytes(OpenSslGostVectors.Content));

        Assert.Equal([VerificationCheck.Algorithm], result.Failures.Select(f => f.Check));
    }

    [Fact]
    public async Task A_cms_with_two_signers_is_refused_as_such()
    {
        using var first = pki.IssueKey(EdsPurpose.Signing);
        using var second = pki.IssueKey(EdsPurpose.Signing, iin: "870412450015");
        var cms = new SignedCms(new System.Security.Cryptography.Pkcs.ContentInfo(Manifest));
        cms.ComputeSignature(new CmsSigner(first), silent: true);
        cms.ComputeSignature(new CmsSigner(second), silent: true);

        var result = await VerifyAsync(pki.National, cms.Encode());

        Assert.Equal([VerificationCheck.Format], result.Failures.Select(f => f.Check));
        Assert.Contains("2 signers", result.Failures[0].Reason);
    }

    [Fact]
    public void A_gost_csr_proves_possession_and_a_forged_one_does_not()
    {
        using var key = EdsPrivateKey.CreateGost(256);
        var csr = key.Request(new X500DistinguishedName("CN=Applicant")).CreateSigningRequest(key.SignatureGenerator);

        Assert.Equal(EdsOids.Gost2015PublicKey256, CertificationRequest.Load(csr).PublicKey.Oid.Value);
        csr[^5] ^= 0x01;
        Assert.Throws<FormatException>(() => CertificationRequest.Load(csr));
    }

    /// <summary>The same CMS naming other digest and signature algorithms (as a GOST 2004 or unknown signer would).</summary>
    static byte[] WithAlgorithms(byte[] cms, string digestOid, string signatureOid)
    {
        var signed = SignedData.GetInstance(ContentInfo.GetInstance(Asn1Object.FromByteArray(cms)).Content);
        var signer = SignerInfo.GetInstance(signed.SignerInfos[0]);
        var changed = new SignerInfo(signer.SignerID, new AlgorithmIdentifier(new DerObjectIdentifier(digestOid)), signer.SignedAttrs,
            new AlgorithmIdentifier(new DerObjectIdentifier(signatureOid)), signer.Signature, signer.UnsignedAttrs);
        var rebuilt = new SignedData(new DerSet(new AlgorithmIdentifier(new DerObjectIdentifier(digestOid))), signed.EncapContentInfo,
            signed.Certificates, signed.CRLs, new DerSet(changed));
        return new ContentInfo(CmsObjectIdentifiers.SignedData, rebuilt).GetEncoded(Asn1Encodable.Der);
    }
}
