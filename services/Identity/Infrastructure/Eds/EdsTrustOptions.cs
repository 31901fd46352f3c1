namespace NomadPlatform.Identity.Infrastructure.Eds;

/// <summary>
/// Which certification authorities besides Identity's own are trusted (<c>Eds:Trust</c>), e.g. NCA's
/// published RSA and GOST roots and their issuing CAs. Each entry is a certificate file (DER or PEM)
/// or the PEM text itself.
/// </summary>
public sealed class EdsTrustOptions
{
    public List<string> Anchors { get; set; } = [];

    public List<string> Intermediates { get; set; } = [];

    /// <summary>Refuse (the default) or accept a signature whose revocation status cannot be learnt from its CRL.</summary>
    public UnknownRevocationPolicy UnknownRevocation { get; set; } = UnknownRevocationPolicy.Refuse;

    public TimeSpan CrlFetchTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>NCA's full CRLs run to megabytes; anything past this is not read.</summary>
    public long MaxCrlBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>A CRL without nextUpdate is fetched again after this long.</summary>
    public TimeSpan CrlRefreshWithoutNextUpdate { get; set; } = TimeSpan.FromHours(1);
}

public enum UnknownRevocationPolicy
{
    Refuse,
    Accept,
}
