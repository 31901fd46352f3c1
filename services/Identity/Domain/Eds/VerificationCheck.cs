namespace NomadPlatform.Identity.Domain.Eds;

/// <summary>The checks a signature goes through; a failed one is reported with its reason.</summary>
public enum VerificationCheck
{
    Format,
    /// <summary>The signature's algorithm is not one this platform verifies (or is retired): it cannot be judged at all.</summary>
    Algorithm,
    Signature,
    Chain,
    Validity,
    Revocation,
    /// <summary>The revocation status could not be learnt (a CRL unreachable, unreadable or stale); reported when policy refuses such a signature.</summary>
    RevocationUnknown,
    Purpose,
    Holder,
}

public sealed record VerificationFailure(VerificationCheck Check, string Reason);

public sealed record VerificationResult(
    IReadOnlyList<VerificationFailure> Failures, string? SignerIin, string? SignerSerialNumber, DateTimeOffset? SignedAt,
    string? SignerBin = null, string? SignerOrganisation = null)
{
    public bool Valid => Failures.Count == 0;

    /// <summary>What was signed, when the CMS carries it (attached); null for a detached signature.</summary>
    public byte[]? SignedContent { get; init; }

    /// <summary>The certificate names a person (IIN) as an employee of the organisation (BIN), not the organisation's system.</summary>
    public bool EmployeeOfOrganisation { get; init; }

    /// <summary>The certificate chains to the CA this platform runs (its register knows it), not to another configured authority.</summary>
    public bool IssuedByPlatformCa { get; init; }

    /// <summary>The certificate's common name.</summary>
    public string? SignerName { get; init; }
}
