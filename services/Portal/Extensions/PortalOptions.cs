namespace NomadPlatform.Portal.Extensions;

/// <summary>The portal's settings (<c>Portal</c>).</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Where pages find the person's signer: NCALayer's own address unless a test runs one elsewhere.</summary>
    public Uri NcaLayerUrl { get; set; } = new("wss://127.0.0.1:13579");
}
