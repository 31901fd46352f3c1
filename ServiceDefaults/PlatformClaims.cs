namespace NomadPlatform.ServiceDefaults;

/// <summary>
/// What an access token from Identity says about who holds it. The subject is the IIN; an officer's
/// token also names the BIN of the agency that employs them.
/// </summary>
public static class PlatformClaims
{
    /// <summary>The audience of every access token Identity issues for the platform's APIs.</summary>
    public const string Audience = "nomad-platform";

    public const string Subject = "sub";
    public const string Bin = "bin";
    public const string Name = "name";
    /// <summary>The serial number of the EDS authentication certificate the holder signed in with.</summary>
    public const string Certificate = "nomad_certificate";
}
