using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Features.SignIn;

/// <summary>Who proved possession of an EDS authentication key: a person, or an employee of the organisation <see cref="Bin"/>.</summary>
public sealed record SignedInHolder(string Iin, string? Bin, string Name, string CertificateSerial);

/// <summary>A sign-in refused, with the reason the person is told.</summary>
public sealed record SignInRefusal(Reason Reason);
