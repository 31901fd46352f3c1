namespace NomadPlatform.Infrastructure.Seal;

/// <summary>The organisation's seal (<c>Seal</c>): whose it is, what the CA calls it, and the passphrase its key is kept under.</summary>
public sealed class SealOptions
{
    public const string Section = "Seal";

    public string Bin { get; set; } = "";
    public string CommonName { get; set; } = "";
    public string KeyPassphrase { get; set; } = "";
}
