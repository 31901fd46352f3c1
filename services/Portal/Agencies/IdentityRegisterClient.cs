namespace NomadPlatform.Portal.Agencies;

/// <summary>Identity as the register of persons and certificates, called as the signed-in person (sign-in itself is <see cref="SignIn.IdentityClient"/>).</summary>
public sealed class IdentityRegisterClient(HttpClient identity) : AgencyClient(identity);
