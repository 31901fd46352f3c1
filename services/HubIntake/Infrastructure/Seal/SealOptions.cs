namespace NomadPlatform.HubIntake.Infrastructure.Seal;

/// <summary>The Hub's seal (<c>Hub:Seal</c>): whose it is, what the CA calls the system, and the secrets to enrol and to keep the key.</summary>
public sealed class SealOptions
{
    public string Bin { get; set; } = "";
    public string CommonName { get; set; } = "Astana Hub endorsements";
    public string EnrolmentCode { get; set; } = "";
    public string KeyPassphrase { get; set; } = "";
}
