using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using NomadPlatform.Eds;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Domain.Eds;

/// <summary>
/// Verifies a CMS/PKCS#7 signature (attached or detached) as the NCA does: the signature itself,
/// the chain to the trusted root, validity at signing time, revocation, the purpose (signing vs
/// authentication) and the holder: a person's IIN or an organisation's BIN. Every failed check is
/// reported, not only the first.
/// </summary>
public sealed class SignatureVerifier(CertificateTrust trust, TimeProvider time, SignatureVerifier.ForeignRevocation? foreign = null, bool refuseUnknownRevocation = true)
{
    public const int MaxCmsBytes = 1024 * 1024;
    public const int MaxContentBytes = 16 * 1024 * 1024;
    static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public delegate Task<RevokedCertificate?> RevocationLookup(string serialNumber, CancellationToken cancellationToken);

    /// <summary>Revocation for a chain that is not this platform's CA: the issuer's CRL.</summary>
    public delegate Task<RevocationStatus> ForeignRevocation(X509Certificate2 certificate, X509Certificate2 issuer, CancellationToken cancellationToken);

    public async Task<VerificationResult> VerifyAsync(
        byte[] cms, byte[]? detachedContent, EdsPurpose purpose, string? expectedIin,
        RevocationLookup revocation, CancellationToken cancellationToken, TimeSpan? maxAge = null, string? expectedBin = null)
    {
        CmsSignature signature;
        X509Certificate2 certificate;
        try
        {
            signature = CmsSignature.Read(cms);
            certificate = X509CertificateLoader.LoadCertificate(signature.SignerCertificate);
            DecodeWhatChecksRead(certificate);
        }
        catch (CmsFormatException exception)
        {
            return Failed(VerificationCheck.Format, exception.Message);
        }
        catch (CryptographicException exception)
        {
            return Failed(VerificationCheck.Format, $"The signer's certificate cannot be read: {exception.Message}");
        }

        using (certificate)
        {
            var outcome = signature.Check(detachedContent);
            if (outcome.Status == SignatureStatus.Unsupported) return Failed(VerificationCheck.Algorithm, outcome.Reason!);

            var failures = new List<VerificationFailure>();
            if (outcome.Status == SignatureStatus.Mismatch) failures.Add(new(VerificationCheck.Signature, outcome.Reason!));
            var now = time.GetUtcNow();
            var signedAt = signature.SigningTime ?? now;
            CheckSigningTime(certificate, signedAt, now, maxAge, failures);
            // A caller that demands a fresh signature (a sign-in) wants the key unrevoked now, whatever moment it claims.
            var revokedBy = maxAge is null ? signedAt : now;

            var path = trust.PathOf(certificate);
            var issuedHere = path.Problem is null && trust.IsOwn(path);
            if (path.Problem is { } problem)
                failures.Add(new(VerificationCheck.Chain, $"The certificate does not chain to a trusted root: {problem}"));
            else
            {
                CheckAuthoritiesAt(path, signedAt, failures);
                if (issuedHere)
                {
                    if (await revocation(certificate.SerialNumber, cancellationToken) is { } revoked && Counts(revoked, revokedBy))
                        failures.Add(new(VerificationCheck.Revocation, $"The certificate was revoked on {revoked.RevokedAt:O} ({revoked.Reason})."));
                }
                else
                    await CheckForeignRevocationAsync(certificate, path, revokedBy, failures, cancellationToken);
            }

            CheckPurpose(certificate, purpose, failures);
            var iin = NcaSubject.IinOf(certificate);
            var bin = NcaSubject.BinOf(certificate);
            if (expectedBin is not null || (expectedIin is null && bin is not null))
                CheckOrganisation(bin, expectedBin, failures);
            else
                CheckHolder(iin, expectedIin, failures);
            return new VerificationResult(failures, iin, certificate.SerialNumber, signedAt, bin, bin is null ? null : NcaSubject.OrganisationOf(certificate))
            {
                SignedContent = detachedContent is null ? signature.Content : null,
                IssuedByPlatformCa = issuedHere,
                EmployeeOfOrganisation = bin is not null && iin is not null && NcaOids.NamesEmployee(certificate),
                SignerName = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false),
            };
        }
    }

    // Every certificate below the anchor, each against its issuer's CRL.
    async Task CheckForeignRevocationAsync(X509Certificate2 certificate, CertificatePath path, DateTimeOffset revokedBy, List<VerificationFailure> failures, CancellationToken cancellationToken)
    {
        X509Certificate2[] chain = [certificate, .. path.Issuers];
        for (var i = 0; i < chain.Length - 1; i++)
        {
            var status = foreign is null
                ? new RevocationStatus.Unknown("no revocation source is configured for certificates of other authorities.")
                : await foreign(chain[i], chain[i + 1], cancellationToken);
            if (status is RevocationStatus.Revoked { Entry: var revoked } && Counts(revoked, revokedBy))
                failures.Add(new(VerificationCheck.Revocation, $"'{chain[i].Subject}' was revoked on {revoked.RevokedAt:O} ({revoked.Reason}), by its issuer's CRL."));
            else if (status is RevocationStatus.Unknown { Reason: var reason } && refuseUnknownRevocation)
                failures.Add(new(VerificationCheck.RevocationUnknown, $"The revocation status of '{chain[i].Subject}' cannot be learnt: {reason}"));
        }
    }

    // A signature made before an ordinary revocation stands; a compromised key's never does.
    static bool Counts(RevokedCertificate revoked, DateTimeOffset signedAt) =>
        revoked.RevokedAt <= signedAt || revoked.Reason == X509RevocationReason.KeyCompromise;

    static void CheckSigningTime(X509Certificate2 certificate, DateTimeOffset signedAt, DateTimeOffset now, TimeSpan? maxAge, List<VerificationFailure> failures)
    {
        if (signedAt > now + ClockSkew)
            failures.Add(new(VerificationCheck.Validity, $"The signing time {signedAt:O} is in the future."));
        else if (maxAge is { } limit && signedAt < now - limit)
            // Without a trusted timestamp the signing time is the signer's claim: callers may demand a fresh one.
            failures.Add(new(VerificationCheck.Validity, $"The signature was made at {signedAt:O}, more than {limit.TotalHours:0.#} hours ago; sign again."));
        else if (signedAt < certificate.NotBefore || signedAt > certificate.NotAfter)
            failures.Add(new(VerificationCheck.Validity, $"The certificate was not valid at signing time {signedAt:O} (valid {certificate.NotBefore:O} to {certificate.NotAfter:O})."));
    }

    static void CheckAuthoritiesAt(CertificatePath path, DateTimeOffset signedAt, List<VerificationFailure> failures)
    {
        foreach (var authority in path.Issuers.Where(a => signedAt < a.NotBefore || signedAt > a.NotAfter))
            failures.Add(new(VerificationCheck.Validity, $"The certification authority '{authority.Subject}' was not valid at signing time {signedAt:O} (valid {authority.NotBefore:O} to {authority.NotAfter:O})."));
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

    // Names and extensions decode lazily: a damaged one must fail here, as the certificate's format, not inside a later check.
    static void DecodeWhatChecksRead(X509Certificate2 certificate)
    {
        _ = certificate.Subject + certificate.Issuer;
        foreach (var name in certificate.SubjectName.EnumerateRelativeDistinguishedNames())
        {
            if (name.HasMultipleElements) throw new CryptographicException("The subject has a multi-valued name, which NCA certificates never have.");
            _ = name.GetSingleElementValue();
        }
        foreach (var extension in certificate.Extensions)
        {
            _ = extension switch
            {
                X509KeyUsageExtension keyUsage => keyUsage.KeyUsages.ToString(),
                X509EnhancedKeyUsageExtension enhanced => enhanced.EnhancedKeyUsages.Count.ToString(),
                X509BasicConstraintsExtension constraints => constraints.CertificateAuthority.ToString(),
                X509SubjectKeyIdentifierExtension subjectKey => subjectKey.SubjectKeyIdentifier,
                X509AuthorityKeyIdentifierExtension authorityKey => authorityKey.KeyIdentifier?.Length.ToString(),
                _ => null,
            };
        }
    }

    static VerificationResult Failed(VerificationCheck check, string reason) => new([new(check, reason)], null, null, null);
}
