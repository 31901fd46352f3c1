namespace NomadPlatform.Identity.Features.RevokeCertificate;

public sealed record RevokeCertificateRequest(string? Reason);
