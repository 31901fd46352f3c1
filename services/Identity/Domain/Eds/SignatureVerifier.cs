using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Domain.Eds;

/// <summary>
/// Verifies a CMS/PKCS#7 signature (attached or detached) as the NCA does: the signature itself,
/// the chain to the trusted root, validity at signing time, revocation, the purpose (signing vs
/// authentication) and the holder: a person's IIN or an organisation's BIN. Every failed check is
/// reported, not only the first.
/// </summary>
public sealed class SignatureVerifier(CertificateAuthority authority, TimeProvider time)
{
    public const int MaxCmsBytes = 1024 * 1024;
    public const int MaxContentBytes = 16 * 1024 * 1024;
    static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public delegate Task<RevokedCertificate?> RevocationLookup(string serialNumber, CancellationToken cancellationToken);

    public async Task<VerificationResult> VerifyAsync(
        byte[] cms, byte[]? detachedContent, EdsPurpose purpose, string? expectedIin,
        RevocationLookup revocation, CancellationToken cancellationToken, TimeSpan? maxAge = null, string? expectedBin = null)
    {
        if (Decode(cms, detachedContent) is not var (signer, attached))
            return Failed(VerificationCheck.Format, "The data is not a CMS/PKCS#7 signature with exactly one signer and its certificate.");

        var certificate = signer.Certificate!;
        var failures = new List<VerificationFailure>();
        var now = time.GetUtcNow();
        var signedAt = SigningTime(signer) ?? now;

        try
        {
            signer.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException exception)
        {
            failures.Add(new(VerificationCheck.Signature, $"The signature does not match the content: {exception.Message}"));
        }

        if (signedAt > now + ClockSkew)
            failures.Add(new(VerificationCheck.Validity, $"The signing time {signedAt:O} is in the future."));
        else if (maxAge is { } limit && signedAt < now - limit)
            // Without a trusted timestamp the signing time is the signer's claim: callers may demand a fresh one.
            failures.Add(new(VerificationCheck.Validity, $"The signature was made at {signedAt:O}, more than {limit.TotalHours:0.#} hours ago; sign again."));
        else if (signedAt < certificate.NotBefore || signedAt > certificate.NotAfter)
            failures.Add(new(VerificationCheck.Validity, $"The certificate was not valid at signing time {signedAt:O} (valid {certificate.NotBefore:O} to {certificate.NotAfter:O})."));

        var chained = CheckChain(certificate, failures);
        if (chained && await revocation(certificate.SerialNumber, cancellationToken) is { } revoked
            && (revoked.RevokedAt <= signedAt || revoked.Reason == X509RevocationReason.KeyCompromise))
            failures.Add(new(VerificationCheck.Revocation, $"The certificate was revoked on {revoked.RevokedAt:O} ({revoked.Reason})."));

        CheckPurpose(certificate, purpose, failures);
        var iin = NcaSubject.IinOf(certificate);
        var bin = NcaSubject.BinOf(certificate);
        if (expectedBin is not null || (expectedIin is null && bin is not null))
            CheckOrganisation(bin, expectedBin, failures);
        else
            CheckHolder(iin, expectedIin, failures);
        return new VerificationResult(failures, iin, certificate.SerialNumber, signedAt, bin, bin is null ? null : NcaSubject.OrganisationOf(certificate))
        {
            SignedContent = attached,
            EmployeeOfOrganisation = bin is not null && iin is not null && NcaOids.NamesEmployee(certificate),
            SignerName = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false),
        };
    }

    /// <summary>The one signer with its certificate, and the content when the CMS carries it (attached).</summary>
    static (SignerInfo Signer, byte[]? Attached)? Decode(byte[] cms, byte[]? detachedContent)
    {
        try
        {
            var signed = detachedContent is null ? new SignedCms() : new SignedCms(new ContentInfo(detachedContent), detached: true);
            signed.Decode(cms);
            return signed.SignerInfos.Count == 1 && signed.SignerInfos[0].Certificate is not null
                ? (signed.SignerInfos[0], detachedContent is null ? signed.ContentInfo.Content : null)
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    static DateTimeOffset? SigningTime(SignerInfo signer)
    {
        foreach (var attribute in signer.SignedAttributes)
        {
            if (attribute.Values.Count > 0 && attribute.Values[0] is Pkcs9SigningTime signingTime)
                return new DateTimeOffset(DateTime.SpecifyKind(signingTime.SigningTime, DateTimeKind.Utc));
            if (attribute.Oid.Value == "1.2.840.113549.1.9.5" && attribute.Values.Count > 0)
                return new DateTimeOffset(DateTime.SpecifyKind(new Pkcs9SigningTime(attribute.Values[0].RawData).SigningTime, DateTimeKind.Utc));
        }
        return null;
    }

    bool CheckChain(X509Certificate2 certificate, List<VerificationFailure> failures)
    {
        if (authority.ChainProblem(certificate) is not { } problem) return true;
        failures.Add(new(VerificationCheck.Chain, $"The certificate does not chain to the trusted national root: {problem}"));
        return false;
    }

    static void CheckPurpose(X509Certificate2 certificate, EdsPurpose purpose, List<VerificationFailure> failures)
    {
        var usages = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().SelectMany(e => e.EnhancedKeyUsages.Cast<Oid>()).Select(o => o.Value).ToHashSet();
        var keyUsage = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault()?.KeyUsages ?? X509KeyUsageFlags.None;
        var needed = purpose == EdsPurpose.Signing ? X509KeyUsageFlags.NonRepudiation : X509KeyUsageFlags.DigitalSignature;
        if (!usages.Contains(NcaOids.PurposeUsage(purpose)) || !keyUsage.HasFlag(needed))
            failures.Add(new(VerificationCheck.Purpose, $"The certificate is not a {purpose.ToString().ToLowerInvariant()} certificate (extended key usage {string.Join(", ", usages)}; key usage {keyUsage})."));
    }

    static void CheckHolder(string? iin, string? expectedIin, List<VerificationFailure> failures)
    {
        if (iin is null)
            failures.Add(new(VerificationCheck.Holder, "The certificate names no IIN (SERIALNUMBER=IIN…)."));
        else if (!Iin.TryParse(iin, out _, out var reason))
            failures.Add(new(VerificationCheck.Holder, $"The certificate's IIN {iin} is not valid: {reason}"));
        else if (expectedIin is not null && iin != expectedIin)
            failures.Add(new(VerificationCheck.Holder, $"The certificate belongs to IIN {iin}, not {expectedIin}."));
    }

    static void CheckOrganisation(string? bin, string? expectedBin, List<VerificationFailure> failures)
    {
        if (bin is null)
            failures.Add(new(VerificationCheck.Holder, "The certificate names no organisation (OU=BIN…)."));
        else if (!Bin.TryParse(bin, out _, out var reason))
            failures.Add(new(VerificationCheck.Holder, $"The certificate's BIN {bin} is not valid: {reason}"));
        else if (expectedBin is not null && bin != expectedBin)
            failures.Add(new(VerificationCheck.Holder, $"The certificate belongs to BIN {bin}, not {expectedBin}."));
    }

    static VerificationResult Failed(VerificationCheck check, string reason) => new([new(check, reason)], null, null, null);
}
