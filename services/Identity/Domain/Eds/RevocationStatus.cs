namespace NomadPlatform.Identity.Domain.Eds;

/// <summary>What a revocation source says about one certificate.</summary>
public abstract record RevocationStatus
{
    public static readonly RevocationStatus Good = new GoodStatus();

    public sealed record GoodStatus : RevocationStatus;

    /// <summary>An authority's certificate that names no CRL: it stands on its issuer's and the operator's word (it is a configured intermediate).</summary>
    public sealed record NotPublished : RevocationStatus;

    public sealed record Revoked(RevokedCertificate Entry) : RevocationStatus;

    /// <summary>The status could not be learnt (no distribution point, unreachable, unreadable or stale list): why.</summary>
    public sealed record Unknown(string Reason) : RevocationStatus;
}
