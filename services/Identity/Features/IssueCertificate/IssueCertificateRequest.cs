namespace NomadPlatform.Identity.Features.IssueCertificate;

/// <summary>Either <c>csr</c> (PEM PKCS#10) or <c>password</c> (for a PKCS#12 file key).</summary>
public sealed record IssueCertificateRequest(string? Purpose, string? Csr, string? Password);
