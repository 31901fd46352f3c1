namespace NomadPlatform.Infrastructure.Systems;

/// <summary>This agency's system (<c>System:</c>): the one-time code to enrol with the CA, and the passphrase its key is kept under.</summary>
public sealed class SystemOptions
{
    public string EnrolmentCode { get; set; } = "";
    public string KeyPassphrase { get; set; } = "";
    /// <summary>What the CA writes as CN=; by default the service's name.</summary>
    public string? CommonName { get; set; }
    /// <summary>A new certificate is asked for this long before the current one expires.</summary>
    public TimeSpan RenewBefore { get; set; } = TimeSpan.FromDays(30);
    /// <summary>How often the certificate's status is asked of the CA (revocation) and its expiry looked at.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
