using System.Security.Cryptography.X509Certificates;
using NomadPlatform.Identity.Domain.Eds;

namespace NomadPlatform.Identity.Features.IssueCertificate;

/// <summary>Whom a certificate will name: its subject, the IIN, and for an employee the organisation's BIN.</summary>
public sealed record CertificateHolder(X500DistinguishedName Subject, string Iin, string? Bin, EdsHolderType Type);
