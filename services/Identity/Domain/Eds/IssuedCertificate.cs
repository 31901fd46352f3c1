using System.Security.Cryptography.X509Certificates;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Domain.Eds;

/// <summary>The register's record of a certificate the national CA issued, and its revocation.</summary>
public sealed class IssuedCertificate
{
    public string SerialNumber { get; private set; } = "";
    /// <summary>The person the certificate names; null for an organisation's system certificate.</summary>
    public string? Iin { get; private set; }
    /// <summary>The organisation the certificate names (its system's, or an employee's); null for a person's own certificate.</summary>
    public string? Bin { get; private set; }
    public EdsPurpose Purpose { get; private set; }
    public string Thumbprint { get; private set; } = "";
    public DateTimeOffset NotBefore { get; private set; }
    public DateTimeOffset NotAfter { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public X509RevocationReason? RevocationReason { get; private set; }

    IssuedCertificate() { }

    /// <summary>A person's certificate, or with <paramref name="bin"/> an employee's of that organisation.</summary>
    public static IssuedCertificate Of(X509Certificate2 certificate, string iin, EdsPurpose purpose, DateTimeOffset now, string? bin = null) =>
        Of(certificate, purpose, now, iin, bin);

    public static IssuedCertificate OfOrganisation(X509Certificate2 certificate, Bin bin, EdsPurpose purpose, DateTimeOffset now) =>
        Of(certificate, purpose, now, iin: null, bin.Value);

    static IssuedCertificate Of(X509Certificate2 certificate, EdsPurpose purpose, DateTimeOffset now, string? iin, string? bin) => new()
    {
        SerialNumber = certificate.SerialNumber,
        Iin = iin,
        Bin = bin,
        Purpose = purpose,
        Thumbprint = certificate.Thumbprint,
        NotBefore = certificate.NotBefore.ToUniversalTime(),
        NotAfter = certificate.NotAfter.ToUniversalTime(),
        IssuedAt = now,
    };

    public void Revoke(X509RevocationReason reason, DateTimeOffset now)
    {
        if (RevokedAt is not null)
            throw new CaseRuleViolation("identity.certificate-already-revoked", $"Certificate {SerialNumber} was already revoked on {RevokedAt:O} ({RevocationReason}).");
        RevokedAt = now;
        RevocationReason = reason;
    }

    public RevokedCertificate? AsRevoked() =>
        RevokedAt is { } at ? new RevokedCertificate(SerialNumber, at, RevocationReason ?? X509RevocationReason.Unspecified) : null;

    public string StatusAt(DateTimeOffset now) =>
        RevokedAt is not null ? "Revoked" : now > NotAfter ? "Expired" : now < NotBefore ? "NotYetValid" : "Good";
}
