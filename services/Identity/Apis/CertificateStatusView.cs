using NomadPlatform.Identity.Domain.Eds;

namespace NomadPlatform.Identity.Apis;

public sealed record CertificateStatusView(
    string SerialNumber, string? Iin, string? Bin, string Purpose, string Status, DateTimeOffset NotBefore, DateTimeOffset NotAfter,
    DateTimeOffset? RevokedAt, string? RevocationReason)
{
    public static CertificateStatusView Of(IssuedCertificate c, DateTimeOffset now) => new(
        c.SerialNumber, c.Iin, c.Bin, c.Purpose.ToString(), c.StatusAt(now), c.NotBefore, c.NotAfter, c.RevokedAt, c.RevocationReason?.ToString());
}
