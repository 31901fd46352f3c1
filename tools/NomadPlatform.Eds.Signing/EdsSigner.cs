using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace NomadPlatform.Eds.Signing;

/// <summary>Produces CMS/PKCS#7 signatures (SHA-256, signing time, the signer's certificate included) with an EDS key.</summary>
public static class EdsSigner
{
    static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1");

    /// <summary>Opens an NCA-style file key: a password-protected PKCS#12 holding one certificate and its key.</summary>
    public static X509Certificate2 OpenKey(byte[] pkcs12, string password) =>
        X509CertificateLoader.LoadPkcs12(pkcs12, password, X509KeyStorageFlags.EphemeralKeySet);

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
