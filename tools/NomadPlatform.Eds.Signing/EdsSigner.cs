using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using NomadPlatform.Eds;

namespace NomadPlatform.Eds.Signing;

/// <summary>
/// Produces CMS/PKCS#7 signatures with an EDS key, the signing time and the signer's certificate
/// included: SHA-256 for RSA and ECDSA keys, Streebog for GOST R 34.10-2015 keys.
/// </summary>
public static class EdsSigner
{
    static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1");

    /// <summary>Opens an NCA-style file key: a password-protected PKCS#12 holding one certificate and its key.</summary>
    public static X509Certificate2 OpenKey(byte[] pkcs12, string password) =>
        X509CertificateLoader.LoadPkcs12(pkcs12, password, X509KeyStorageFlags.EphemeralKeySet);

    /// <summary>Opens a file key of any EDS algorithm (a GOST key cannot live inside an <see cref="X509Certificate2"/>).</summary>
    public static EdsKeyFile OpenKeyFile(byte[] pkcs12, string password) => EdsKeyFile.Open(pkcs12, password);

    public static byte[] Sign(byte[] content, EdsKeyFile key, bool detached, DateTimeOffset signingTime)
    {
        if (key.Key.Gost is { } gost) return GostCms.Sign(content, key.Certificate.RawData, gost, detached, signingTime);
        using var withKey = key.Key.AttachTo(key.Certificate);
        return Sign(content, withKey, detached, signingTime);
    }

    public static byte[] Sign(byte[] content, X509Certificate2 key, bool detached, DateTimeOffset signingTime)
    {
        if (!key.HasPrivateKey) throw new ArgumentException("The certificate carries no private key.", nameof(key));

        var cms = new SignedCms(new ContentInfo(content), detached);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, key)
        {
            DigestAlgorithm = Sha256,
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new Pkcs9SigningTime(signingTime.UtcDateTime));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }
}
