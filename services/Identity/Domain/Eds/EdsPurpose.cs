namespace NomadPlatform.Identity.Domain.Eds;

/// <summary>What an EDS certificate is for: NCA issues a person one of each.</summary>
public enum EdsPurpose
{
    Authentication,
    Signing,
}
