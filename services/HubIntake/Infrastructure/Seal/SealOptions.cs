namespace NomadPlatform.HubIntake.Infrastructure.Seal;

/// <summary>The Hub's seal (<c>Hub:Seal</c>): whose it is, what the CA calls it, and the passphrase its key is kept under.</summary>
public sealed class SealOptions
{
    public string Bin { get; set; } = "";
    public string CommonName { get; set; } = "Astana Hub endorsements";
    public string KeyPassphrase { get; set; } = "";
}
