using System.Security.Cryptography.X509Certificates;
using NomadPlatform.Eds;

namespace NomadPlatform.Infrastructure.Audit;

/// <summary>
/// Whether a seal of the audit chain is what it says: a valid signature over its own statement, by a
/// seal certificate of the organisation it names, and — given the national CA's certificates —
/// certified by that CA and valid when it sealed. Revocation is not asked: a seal made before its
/// certificate was revoked stays what it was.
/// </summary>
public static class AuditSealCheck
{
    /// <summary>Why <paramref name="seal"/> cannot be trusted; null when it can.</summary>
    public static string? Problem(AuditSeal seal, IReadOnlyCollection<X509Certificate2> authorities)
    {
        CmsSignature signature;
        try
        {
            signature = CmsSignature.Read(seal.Signature);
        }
        catch (CmsFormatException exception)
        {
            return exception.Message;
        }
        if (signature.Check(seal.Statement()) is { Status: not SignatureStatus.Valid } outcome)
            return $"its signature does not hold ({outcome.Reason}): the seal was changed or made without the seal's key";
        using var certificate = X509CertificateLoader.LoadCertificate(signature.SignerCertificate);
        if (certificate.SerialNumber != seal.CertificateSerial)
            return $"it was signed with certificate {certificate.SerialNumber}, not {seal.CertificateSerial} as it says";
        if (!certificate.SubjectName.Name.Contains($"OU=BIN{seal.Bin}", StringComparison.Ordinal))
            return $"its certificate ({certificate.Subject}) is not a seal of BIN {seal.Bin}";
        if (seal.SealedAt.UtcDateTime < certificate.NotBefore.ToUniversalTime() || seal.SealedAt.UtcDateTime > certificate.NotAfter.ToUniversalTime())
            return $"its certificate was not valid at {seal.SealedAt:O}";
        return authorities.Count == 0 ? null : IssuerProblem(certificate, authorities);
    }

    /// <summary>Up from the seal's certificate through the given CA certificates to one that signed itself.</summary>
    static string? IssuerProblem(X509Certificate2 certificate, IReadOnlyCollection<X509Certificate2> authorities)
    {
        var current = certificate;
        for (var depth = 0; depth < 8; depth++)
        {
            var issuer = authorities.FirstOrDefault(a => a.SubjectName.RawData.AsSpan().SequenceEqual(current.IssuerName.RawData)
                && SignedStructure.Verify(current.RawData, a.PublicKey.ExportSubjectPublicKeyInfo()).Status == SignatureStatus.Valid);
            if (issuer is null) return $"its certificate chain does not lead to the given CA: no given certificate signed {current.Subject}";
            if (issuer.SubjectName.RawData.AsSpan().SequenceEqual(issuer.IssuerName.RawData)) return null;
            current = issuer;
        }
        return "its certificate chain is longer than any CA's";
    }
}
