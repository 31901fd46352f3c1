namespace NomadPlatform.Infrastructure.Seal;

/// <summary>An organisation's seal (e.g. <c>Hub:Seal</c>): whose it is, what the CA calls it, and the passphrase its key is kept under.</summary>
public sealed class SealOptions
{
    public string Bin { get; set; } = "";
    public string CommonName { get; set; } = "";
    public string KeyPassphrase { get; set; } = "";
}
