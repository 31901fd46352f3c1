using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using NomadPlatform.Eds;

namespace NomadPlatform.Identity.Domain.Eds;

/// <summary>
/// The national certification authority as this platform runs it: a root, and an issuing CA that
/// signs individuals' certificates and the revocation list, in the algorithm <c>Eds:KeyAlgorithm</c> names.
/// </summary>
public sealed class CertificateAuthority(X509Certificate2 root, X509Certificate2 issuing, EdsPrivateKey issuingKey, Uri crlDistributionPoint)
{
    public static readonly TimeSpan PersonalCertificateValidity = TimeSpan.FromDays(365);

    /// <summary>Who runs the CA, as its names say; another authority (NCA in tests) names itself.</summary>
    public const string PlatformOperator = "NomadPlatform";

    public X509Certificate2 Root { get; } = root;
    public X509Certificate2 Issuing { get; } = issuing;
    public EdsPrivateKey IssuingKey { get; } = issuingKey;
    public Uri CrlDistributionPoint { get; } = crlDistributionPoint;

    /// <summary>This CA alone as a trust anchor.</summary>
    public CertificateTrust Trust { get; } = new([root], [issuing]) { OwnRoot = root };

    public static CertificateAuthority Create(EdsKeyAlgorithm algorithm, DateTimeOffset now, Uri crlDistributionPoint, string operatorName = PlatformOperator)
    {
        var (authority, rootKey) = CreateWithRootKey(algorithm, now, crlDistributionPoint, operatorName);
        rootKey.Dispose();
        return authority;
    }

    /// <summary>A new CA, and its root's key to be kept at rest (and otherwise forgotten).</summary>
    public static (CertificateAuthority Authority, EdsPrivateKey RootKey) CreateWithRootKey(
        EdsKeyAlgorithm algorithm, DateTimeOffset now, Uri crlDistributionPoint, string operatorName = PlatformOperator)
    {
        var rootKey = EdsKeys.Create(algorithm, authority: true);
        var rootName = new X500DistinguishedName($"CN={operatorName} National Root CA, O={operatorName}, C=KZ");
        var rootRequest = rootKey.Request(rootName);
        AddAuthorityExtensions(rootRequest, pathLength: 1);
        var root = rootRequest.Create(rootName, rootKey.SignatureGenerator, now.AddMinutes(-5), now.AddYears(20), NewSerial());

        var issuingKey = EdsKeys.Create(algorithm, authority: true);
        var issuingRequest = issuingKey.Request(new X500DistinguishedName($"CN={operatorName} National Certification Authority, O={operatorName}, C=KZ"));
        AddAuthorityExtensions(issuingRequest, pathLength: 0);
        issuingRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(root, true, false));
        var issuing = issuingRequest.Create(root.SubjectName, rootKey.SignatureGenerator, now.AddMinutes(-5), now.AddYears(10), NewSerial());
        return (new CertificateAuthority(root, issuing, issuingKey, crlDistributionPoint), rootKey);
    }

    /// <summary>Issues an individual's or organisation's certificate for one purpose, valid one year from now.</summary>
    public X509Certificate2 Issue(CertificateRequest request, EdsPurpose purpose, DateTimeOffset now, EdsHolderType holder = EdsHolderType.Individual)
    {
        EdsCertificateProfile.Apply(request, purpose, holder, CrlDistributionPoint);
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Issuing, true, false));
        var notAfter = now + PersonalCertificateValidity;
        if (notAfter > Issuing.NotAfter) notAfter = Issuing.NotAfter;
        return request.Create(Issuing.SubjectName, IssuingKey.SignatureGenerator, now.AddMinutes(-1), notAfter, NewSerial());
    }

    /// <summary>A CRL signed by the issuing CA, valid until <paramref name="nextUpdate"/>.</summary>
    public byte[] BuildCrl(IEnumerable<RevokedCertificate> revoked, BigInteger crlNumber, DateTimeOffset now, DateTimeOffset nextUpdate)
    {
        var builder = new CertificateRevocationListBuilder();
        foreach (var certificate in revoked)
            builder.AddEntry(Convert.FromHexString(certificate.SerialNumber), certificate.RevokedAt, certificate.Reason);
        return builder.Build(Issuing.SubjectName, IssuingKey.SignatureGenerator, crlNumber, nextUpdate, HashAlgorithmName.SHA256,
            X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Issuing, true, false), now);
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
