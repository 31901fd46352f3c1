using System.Collections.Concurrent;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace NomadPlatform.Identity.Domain.Eds;

/// <summary>
/// The national certification authority as this platform runs it: a root, and an issuing CA that
/// signs individuals' certificates and the revocation list.
/// </summary>
public sealed class CertificateAuthority(X509Certificate2 root, X509Certificate2 issuing, Uri crlDistributionPoint)
{
    public static readonly TimeSpan PersonalCertificateValidity = TimeSpan.FromDays(365);
    const int ChainCacheLimit = 100_000;

    // Building a chain costs far more than checking the signature; its outcome depends only on the
    // certificate (dates are judged separately), so it is remembered per certificate.
    readonly ConcurrentDictionary<string, string> _chainProblems = new();

    public X509Certificate2 Root { get; } = root;
    public X509Certificate2 Issuing { get; } = issuing;
    public Uri CrlDistributionPoint { get; } = crlDistributionPoint;

    public static CertificateAuthority Create(EdsKeyAlgorithm algorithm, DateTimeOffset now, Uri crlDistributionPoint)
    {
        using var rootKey = EdsKeys.Create(algorithm, authority: true);
        var rootRequest = EdsKeys.Request(new X500DistinguishedName("CN=NomadPlatform National Root CA, O=NomadPlatform, C=KZ"), rootKey);
        AddAuthorityExtensions(rootRequest, pathLength: 1);
        var root = rootRequest.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(20));

        using var issuingKey = EdsKeys.Create(algorithm, authority: true);
        var issuingRequest = EdsKeys.Request(new X500DistinguishedName("CN=NomadPlatform National Certification Authority, O=NomadPlatform, C=KZ"), issuingKey);
        AddAuthorityExtensions(issuingRequest, pathLength: 0);
        issuingRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(root, true, false));
        using var issuingPublic = issuingRequest.Create(root, now.AddMinutes(-5), now.AddYears(10), NewSerial());
        return new CertificateAuthority(root, EdsKeys.WithKey(issuingPublic, issuingKey), crlDistributionPoint);
    }

    /// <summary>Issues an individual's or organisation's certificate for one purpose, valid one year from now.</summary>
    public X509Certificate2 Issue(CertificateRequest request, EdsPurpose purpose, DateTimeOffset now, EdsHolderType holder = EdsHolderType.Individual)
    {
        EdsCertificateProfile.Apply(request, purpose, holder, CrlDistributionPoint);
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Issuing, true, false));
        var notAfter = now + PersonalCertificateValidity;
        if (notAfter > Issuing.NotAfter) notAfter = Issuing.NotAfter;
        return request.Create(Issuing.SubjectName, EdsKeys.SignerOf(Issuing), now.AddMinutes(-1), notAfter, NewSerial());
    }

    /// <summary>A CRL signed by the issuing CA, valid until <paramref name="nextUpdate"/>.</summary>
    public byte[] BuildCrl(IEnumerable<RevokedCertificate> revoked, BigInteger crlNumber, DateTimeOffset now, DateTimeOffset nextUpdate)
    {
        var builder = new CertificateRevocationListBuilder();
        foreach (var certificate in revoked)
            builder.AddEntry(Convert.FromHexString(certificate.SerialNumber), certificate.RevokedAt, certificate.Reason);
        return builder.Build(Issuing, crlNumber, nextUpdate, HashAlgorithmName.SHA256, Issuing.GetRSAPrivateKey() is null ? null : RSASignaturePadding.Pkcs1, now);
    }

    /// <summary>Why the certificate does not chain to this root through the issuing CA, or null when it does.</summary>
    public string? ChainProblem(X509Certificate2 certificate)
    {
        var key = Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA256));
        if (_chainProblems.TryGetValue(key, out var known)) return known.Length == 0 ? null : known;

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Root);
        chain.ChainPolicy.ExtraStore.Add(Issuing);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck; // revocation comes from the register
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.IgnoreNotTimeValid; // validity is judged at signing time
        var problem = chain.Build(certificate)
            ? ""
            : string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).Distinct());
        if (_chainProblems.Count >= ChainCacheLimit) _chainProblems.Clear();
        _chainProblems[key] = problem;
        return problem.Length == 0 ? null : problem;
    }

    static void AddAuthorityExtensions(CertificateRequest request, int pathLength)
    {
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, pathLength, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
    }

    static byte[] NewSerial()
    {
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F; // a positive INTEGER
        return serial;
    }
}
