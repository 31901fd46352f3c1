using System.Security.Cryptography.X509Certificates;

namespace NomadPlatform.Identity.Domain.Eds;

public sealed record RevokedCertificate(string SerialNumber, DateTimeOffset RevokedAt, X509RevocationReason Reason);
