using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using NomadPlatform.Eds;

namespace NomadPlatform.Identity.Domain.Eds;

/// <summary>
/// The certification authorities this platform trusts — anchors (roots) and the intermediates that
/// may sit between — and the path from a holder's certificate to one of them. Built here rather than
/// by .NET's X509Chain, which cannot read GOST keys; each link's signature is checked by its algorithm.
/// Dates are not judged here: the verifier judges every certificate of the path at signing time.
/// </summary>
public sealed class CertificateTrust
{
    const int MaxIntermediates = 4;
    const int CacheLimit = 100_000;

    // Extensions this verifier acts on or may safely read; any other critical one refuses the path (RFC 5280 §4.2).
    static readonly HashSet<string> UnderstoodCritical = ["2.5.29.19", "2.5.29.15", "2.5.29.37", "2.5.29.32", "2.5.29.17", "2.5.29.14", "2.5.29.35"];

    readonly IReadOnlyList<X509Certificate2> _intermediates;
    // Building a path costs far more than checking one signature, and depends only on the certificate.
    readonly ConcurrentDictionary<string, CertificatePath> _known = new();

    public CertificateTrust(IEnumerable<X509Certificate2> anchors, IEnumerable<X509Certificate2> intermediates)
    {
        Anchors = anchors.ToList();
        _intermediates = intermediates.ToList();
    }

    public IReadOnlyList<X509Certificate2> Anchors { get; }

    /// <summary>The root of the CA this platform runs: its certificates' revocation is in Identity's own register, not a CRL.</summary>
    public X509Certificate2? OwnRoot { get; init; }

    public bool IsOwn(CertificatePath path) => OwnRoot is not null && ReferenceEquals(path.Anchor, OwnRoot);

    public CertificatePath PathOf(X509Certificate2 certificate)
    {
        var key = Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA256));
        if (_known.TryGetValue(key, out var known)) return known;
        var path = Walk(certificate, []) is var (issuers, problem) && problem is null
            ? new CertificatePath(issuers, null)
            : new CertificatePath([], problem);
        if (_known.Count >= CacheLimit) _known.Clear();
        return _known[key] = path;
    }

    (List<X509Certificate2> Issuers, string? Problem) Walk(X509Certificate2 child, List<X509Certificate2> above)
    {
        if (UnknownCriticalExtension(child) is { } extension)
            return ([], $"'{child.Subject}' carries the critical extension {extension}, which this verifier does not understand.");
        var candidates = Anchors.Select(c => (Certificate: c, Anchor: true)).Concat(_intermediates.Select(c => (Certificate: c, Anchor: false)))
            .Where(c => c.Certificate.SubjectName.Name == child.IssuerName.Name && KeyIdentifiersAgree(child, c.Certificate) && !above.Contains(c.Certificate))
            .ToList();
        if (candidates.Count == 0)
            return ([], $"it is issued by '{child.Issuer}', which is not a trusted certification authority.");

        var problem = "";
        foreach (var (issuer, anchor) in candidates)
        {
            if (AuthorityProblem(issuer, above.Count) is { } notAuthority) { problem = notAuthority; continue; }
            var signature = SignedStructure.Verify(child.RawData, issuer.PublicKey.ExportSubjectPublicKeyInfo());
            if (signature.Status != SignatureStatus.Valid)
            {
                problem = $"the signature of '{issuer.Subject}' on '{child.Subject}' does not verify: {signature.Reason}";
                continue;
            }
            List<X509Certificate2> path = [.. above, issuer];
            if (anchor) return (path, null);
            if (above.Count >= MaxIntermediates) { problem = $"the path is longer than {MaxIntermediates} intermediate authorities."; continue; }
            var (issuers, deeper) = Walk(issuer, path);
            if (deeper is null) return (issuers, null);
            problem = deeper;
        }
        return ([], problem);
    }

    static string? AuthorityProblem(X509Certificate2 issuer, int authoritiesBelow)
    {
        var constraints = issuer.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault();
        if (constraints is not { CertificateAuthority: true })
            return $"'{issuer.Subject}' is not a certification authority (basic constraints).";
        if (issuer.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault() is { } usage && !usage.KeyUsages.HasFlag(X509KeyUsageFlags.KeyCertSign))
            return $"'{issuer.Subject}' may not sign certificates (key usage {usage.KeyUsages}).";
        if (constraints.HasPathLengthConstraint && authoritiesBelow > constraints.PathLengthConstraint)
            return $"'{issuer.Subject}' allows {constraints.PathLengthConstraint} authorities below it, not {authoritiesBelow}.";
        return null;
    }

    static bool KeyIdentifiersAgree(X509Certificate2 child, X509Certificate2 issuer)
    {
        var authorityKeyId = child.Extensions.OfType<X509AuthorityKeyIdentifierExtension>().FirstOrDefault()?.KeyIdentifier;
        var subjectKeyId = issuer.Extensions.OfType<X509SubjectKeyIdentifierExtension>().FirstOrDefault()?.SubjectKeyIdentifierBytes;
        return authorityKeyId is not { } wanted || subjectKeyId is not { } has || wanted.Span.SequenceEqual(has.Span);
    }

    static string? UnknownCriticalExtension(X509Certificate2 certificate) =>
        certificate.Extensions.Cast<X509Extension>().FirstOrDefault(e => e.Critical && !UnderstoodCritical.Contains(e.Oid!.Value!))?.Oid!.Value;
}

/// <summary>The issuers from a certificate's own issuer up to the trusted anchor (last), or why there is no such path.</summary>
public sealed record CertificatePath(IReadOnlyList<X509Certificate2> Issuers, string? Problem)
{
    public X509Certificate2? Anchor => Problem is null ? Issuers[^1] : null;
}
