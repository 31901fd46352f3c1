using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using NomadPlatform.Eds.Signing;
using NomadPlatform.Identity.Domain.Eds;

namespace NomadPlatform.UnitTests.Eds;

public sealed class SignatureVerifierTests(TestPki pki) : IClassFixture<TestPki>
{
    static readonly byte[] Manifest = Encoding.UTF8.GetBytes("""{"caseId":"01a2135e-d4aa-7f21-a5ce-1e35993fa9be","documents":["passport.pdf"]}""");

    readonly SignatureVerifier _verifier = new(pki.National.Trust, new FakeTimeProvider(TestPki.Now));

    Task<VerificationResult> VerifyAsync(byte[] cms, byte[]? detached = null, EdsPurpose purpose = EdsPurpose.Signing,
        string? expectedIin = TestPki.ApplicantIin, RevokedCertificate? revoked = null, TimeSpan? maxAge = null) =>
        _verifier.VerifyAsync(cms, detached, purpose, expectedIin, (_, _) => Task.FromResult(revoked), CancellationToken.None, maxAge);

    [Fact]
    public async Task A_signing_certificates_attached_signature_is_valid()
    {
        using var key = pki.IssueKey(EdsPurpose.Signing);

        var result = await VerifyAsync(EdsSigner.Sign(Manifest, key, detached: false, TestPki.Now));

        Assert.True(result.Valid, string.Join("; ", result.Failures));
        Assert.Equal(TestPki.ApplicantIin, result.SignerIin);
        Assert.Equal(TestPki.Now, result.SignedAt);
    }

    [Fact]
    public async Task A_detached_signature_is_valid_over_its_content_only()
    {
        using var key = pki.IssueKey(EdsPurpose.Signing);
        var cms = EdsSigner.Sign(Manifest, key, detached: true, TestPki.Now);

        Assert.True((await VerifyAsync(cms, Manifest)).Valid);
        Assert.Equal([VerificationCheck.Signature], Checks(await VerifyAsync(cms, Encoding.UTF8.GetBytes("tampered"))));
    }

    [Fact]
    public async Task Tampered_content_fails_the_signature_check()
    {
        using var key = pki.IssueKey(EdsPurpose.Signing);
        var cms = EdsSigner.Sign(Manifest, key, detached: false, TestPki.Now);
        var at = cms.AsSpan().IndexOf("passport"u8);
        cms[at] ^= 0x20;

        Assert.Equal([VerificationCheck.Signature], Checks(await VerifyAsync(cms)));
    }

    [Fact]
    public async Task A_certificate_from_another_ca_fails_the_chain_check()
    {
        using var key = pki.IssueKey(EdsPurpose.Signing, by: pki.Foreign, algorithm: EdsKeyAlgorithm.Ecdsa);

        Assert.Equal([VerificationCheck.Chain], Checks(await VerifyAsync(EdsSigner.Sign(Manifest, key, false, TestPki.Now))));
    }

    [Fact]
    public async Task An_expired_certificate_fails_the_validity_check()
    {
        using var key = pki.IssueKey(EdsPurpose.Signing, at: TestPki.Now.AddYears(-2));

        var result = await VerifyAsync(EdsSigner.Sign(Manifest, key, false, TestPki.Now));

        Assert.Equal([VerificationCheck.Validity], Checks(result));
        Assert.Contains("not valid at signing time", result.Failures[0].Reason);
    }

    [Fact]
    public async Task A_signature_older_than_the_callers_limit_fails_the_validity_check()
    {
        using var key = pki.IssueKey(EdsPurpose.Signing);
        var cms = EdsSigner.Sign(Manifest, key, false, TestPki.Now.AddDays(-2));

        Assert.True((await VerifyAsync(cms)).Valid);
        var stale = await VerifyAsync(cms, maxAge: TimeSpan.FromHours(24));
        Assert.Equal([VerificationCheck.Validity], Checks(stale));
        Assert.Contains("sign again", stale.Failures[0].Reason);
    }

    [Fact]
    public async Task A_revoked_certificate_fails_the_revocation_check()
    {
        using var key = pki.IssueKey(EdsPurpose.Signing);
        var revoked = new RevokedCertificate(key.SerialNumber, TestPki.Now.AddDays(-1), X509RevocationReason.KeyCompromise);

        Assert.Equal([VerificationCheck.Revocation], Checks(await VerifyAsync(EdsSigner.Sign(Manifest, key, false, TestPki.Now), revoked: revoked)));
    }

    [Fact]
    public async Task A_signature_made_before_an_ordinary_revocation_stays_valid()
    {
        using var key = pki.IssueKey(EdsPurpose.Signing);
        var revoked = new RevokedCertificate(key.SerialNumber, TestPki.Now.AddDays(1), X509RevocationReason.Superseded);

        Assert.True((await VerifyAsync(EdsSigner.Sign(Manifest, key, false, TestPki.Now), revoked: revoked)).Valid);
    }

    [Fact]
    public async Task A_caller_demanding_a_fresh_signature_refuses_a_key_revoked_since_the_moment_it_claims()
    {
        using var key = pki.IssueKey(EdsPurpose.Signing);
        var revoked = new RevokedCertificate(key.SerialNumber, TestPki.Now.AddMinutes(-1), X509RevocationReason.Superseded);
        var cms = EdsSigner.Sign(Manifest, key, false, TestPki.Now.AddMinutes(-2));

        Assert.True((await VerifyAsync(cms, revoked: revoked)).Valid);
        Assert.Equal([VerificationCheck.Revocation], Checks(await VerifyAsync(cms, revoked: revoked, maxAge: TimeSpan.FromMinutes(5))));
    }

    [Fact]
    public async Task An_authentication_certificate_used_for_signing_fails_the_purpose_check()
    {
        using var key = pki.IssueKey(EdsPurpose.Authentication);

        Assert.Equal([VerificationCheck.Purpose], Checks(await VerifyAsync(EdsSigner.Sign(Manifest, key, false, TestPki.Now))));
        Assert.True((await VerifyAsync(EdsSigner.Sign(Manifest, key, false, TestPki.Now), purpose: EdsPurpose.Authentication)).Valid);
    }

    [Fact]
    public async Task A_certificate_of_another_iin_fails_the_holder_check()
    {
        using var key = pki.IssueKey(EdsPurpose.Signing, iin: "990106300596");

        var result = await VerifyAsync(EdsSigner.Sign(Manifest, key, false, TestPki.Now));

        Assert.Equal([VerificationCheck.Holder], Checks(result));
        Assert.Contains("990106300596", result.Failures[0].Reason);
    }

    [Fact]
    public async Task An_nca_placeholder_iin_is_reported_invalid_not_a_crash()
    {
        using var key = pki.IssueKey(EdsPurpose.Signing, iin: "123456789011");

        var result = await VerifyAsync(EdsSigner.Sign(Manifest, key, false, TestPki.Now), expectedIin: null);

        Assert.Equal([VerificationCheck.Holder], Checks(result));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x30, 0x03, 0x02, 0x01, 0x01 })]
    [InlineData(new byte[] { 0xFF, 0x00, 0x13, 0x37 })]
    public async Task Garbage_is_a_format_failure(byte[] garbage)
    {
        Assert.Equal([VerificationCheck.Format], Checks(await VerifyAsync(garbage)));
    }

    [Fact]
    public async Task An_organisations_seal_signs_as_that_BIN_and_no_other()
    {
        using var seal = pki.IssueSeal();
        var cms = EdsSigner.Sign(Manifest, seal, detached: false, TestPki.Now);
        Task<VerificationResult> AsAsync(string? iin, string? bin) =>
            _verifier.VerifyAsync(cms, null, EdsPurpose.Signing, iin, (_, _) => Task.FromResult<RevokedCertificate?>(null), CancellationToken.None, expectedBin: bin);

        var asHub = await AsAsync(null, TestPki.HubBin);
        var anyone = await AsAsync(null, null);

        Assert.True(asHub.Valid, string.Join("; ", asHub.Failures));
        Assert.Equal((TestPki.HubBin, "Astana Hub International Technology Park"), (asHub.SignerBin, asHub.SignerOrganisation));
        Assert.True(anyone.Valid);
        Assert.Equal([VerificationCheck.Holder], Checks(await AsAsync(null, "180540000022")));
        Assert.Equal([VerificationCheck.Holder], Checks(await AsAsync(TestPki.ApplicantIin, null)));
    }

    [Fact]
    public async Task A_persons_signature_is_not_an_organisations()
    {
        using var key = pki.IssueKey(EdsPurpose.Signing);
        var cms = EdsSigner.Sign(Manifest, key, detached: false, TestPki.Now);

        var result = await _verifier.VerifyAsync(cms, null, EdsPurpose.Signing, null, (_, _) => Task.FromResult<RevokedCertificate?>(null), CancellationToken.None, expectedBin: TestPki.HubBin);

        Assert.Equal([VerificationCheck.Holder], Checks(result));
    }

    [Fact]
    public void A_seal_carries_the_legal_entity_profile()
    {
        using var seal = pki.IssueSeal();

        var usages = seal.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>().Select(o => o.Value);
        Assert.Contains(NcaOids.LegalEntityHolder, usages);
        Assert.Equal([NcaOids.LegalEntitySigningPolicy], EdsCertificateProfile.PoliciesOf(seal));
        Assert.Equal(TestPki.HubBin, NcaSubject.BinOf(seal));
        Assert.Null(NcaSubject.IinOf(seal));
    }

    static VerificationCheck[] Checks(VerificationResult result) => result.Failures.Select(f => f.Check).ToArray();
}
