namespace NomadPlatform.Infrastructure.Staff;

/// <summary>The agency that runs this service (<c>Agency</c>): only its own employees act as its officers.</summary>
public sealed class AgencyOptions
{
    /// <summary>The agency's BIN, as its employees' certificates carry it (OU=BIN…).</summary>
    public string Bin { get; set; } = "";

    /// <summary>IINs made administrators at first start; every later role is granted by an administrator.</summary>
    public List<string> Administrators { get; set; } = [];
}
