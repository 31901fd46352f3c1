using System.Security.Cryptography.X509Certificates;
using NomadPlatform.Eds;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.X509;

namespace NomadPlatform.Identity.Domain.Eds;

/// <summary>
/// A certificate revocation list, read only once its issuer's signature on it verifies (in any EDS
/// algorithm, GOST included) and it names that issuer.
/// </summary>
public sealed class RevocationList
{
    readonly Dictionary<BigInteger, RevokedCertificate> _revoked;

    RevocationList(DateTimeOffset thisUpdate, DateTimeOffset? nextUpdate, Dictionary<BigInteger, RevokedCertificate> revoked)
    {
        ThisUpdate = thisUpdate;
        NextUpdate = nextUpdate;
        _revoked = revoked;
    }

    public DateTimeOffset ThisUpdate { get; }

    /// <summary>When the issuer promises the next list; after it, this one is stale.</summary>
    public DateTimeOffset? NextUpdate { get; }

    public int Count => _revoked.Count;

    /// <summary>The list, or <see cref="FormatException"/> saying why it cannot be trusted.</summary>
    public static RevocationList Read(byte[] der, X509Certificate2 issuer)
    {
        X509Crl crl;
        try
        {
            crl = new X509CrlParser().ReadCrl(der) ?? throw new FormatException("The response holds no CRL.");
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or InvalidCastException or Org.BouncyCastle.Security.Certificates.CrlException)
        {
            throw new FormatException($"The CRL cannot be read: {exception.Message}", exception);
        }
        var named = new X500DistinguishedName(crl.IssuerDN.GetEncoded(Asn1Encodable.Der)).Name;
        if (named != issuer.SubjectName.Name)
            throw new FormatException($"The CRL is issued by '{named}', not by '{issuer.Subject}'.");
        var signature = SignedStructure.Verify(der, issuer.PublicKey.ExportSubjectPublicKeyInfo());
        if (signature.Status != SignatureStatus.Valid)
            throw new FormatException($"The CRL's signature by '{issuer.Subject}' does not verify: {signature.Reason}");

        var revoked = new Dictionary<BigInteger, RevokedCertificate>();
        foreach (var entry in crl.GetRevokedCertificates() ?? Enumerable.Empty<X509CrlEntry>())
            revoked[entry.SerialNumber] = new RevokedCertificate(entry.SerialNumber.ToString(16).ToUpperInvariant(),
                new DateTimeOffset(entry.RevocationDate, TimeSpan.Zero), ReasonOf(entry));
        return new RevocationList(new DateTimeOffset(crl.ThisUpdate, TimeSpan.Zero), crl.NextUpdate is { } next ? new DateTimeOffset(next, TimeSpan.Zero) : null, revoked);
    }

    public RevokedCertificate? Find(X509Certificate2 certificate) =>
        _revoked.GetValueOrDefault(new BigInteger(1, certificate.SerialNumberBytes.ToArray())); // big-endian, as encoded

    static X509RevocationReason ReasonOf(X509CrlEntry entry)
    {
        var value = entry.GetExtensionValue(X509Extensions.ReasonCode);
        return value is null
            ? X509RevocationReason.Unspecified
            : (X509RevocationReason)DerEnumerated.GetInstance(Asn1Object.FromByteArray(value.GetOctets())).IntValueExact;
    }
}
