using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using NomadPlatform.Eds;

namespace NomadPlatform.Identity.Infrastructure.Eds;

/// <summary>Keys Identity keeps in its database (the CA's, the token signer's): encrypted PKCS#8 under the CA passphrase.</summary>
public static class AuthorityKeyProtection
{
    static readonly PbeParameters KeyProtection = new(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 200_000);

    /// <summary>A certificate that carries its .NET private key (RSA or ECDSA).</summary>
    public static AuthorityKey Seal(string name, X509Certificate2 certificate, string passphrase, DateTimeOffset now)
    {
        using var key = EdsPrivateKey.Of((AsymmetricAlgorithm?)certificate.GetRSAPrivateKey() ?? certificate.GetECDsaPrivateKey()!);
        return Seal(name, certificate, key, passphrase, now);
    }

    public static AuthorityKey Seal(string name, X509Certificate2 certificate, EdsPrivateKey key, string passphrase, DateTimeOffset now) => new()
    {
        Name = name,
        Certificate = certificate.RawData,
        EncryptedPrivateKey = key.ExportEncryptedPkcs8(passphrase, KeyProtection),
        CreatedAt = now,
    };

    /// <summary>The certificate and its key, whatever the algorithm.</summary>
    public static (X509Certificate2 Certificate, EdsPrivateKey Key) OpenKey(AuthorityKey stored, string passphrase) =>
        (X509CertificateLoader.LoadCertificate(stored.Certificate), EdsPrivateKey.ImportEncryptedPkcs8(passphrase, stored.EncryptedPrivateKey));

    /// <summary>A certificate with its .NET private key attached (RSA or ECDSA keys only).</summary>
    public static X509Certificate2 Open(AuthorityKey stored, string passphrase)
    {
        var (certificate, key) = OpenKey(stored, passphrase);
        using (certificate)
        using (key)
            return key.AttachTo(certificate);
    }
}
