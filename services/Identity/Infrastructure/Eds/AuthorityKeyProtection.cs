using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace NomadPlatform.Identity.Infrastructure.Eds;

/// <summary>Keys Identity keeps in its database (the CA's, the token signer's): encrypted PKCS#8 under the CA passphrase.</summary>
public static class AuthorityKeyProtection
{
    static readonly PbeParameters KeyProtection = new(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 200_000);

    public static AuthorityKey Seal(string name, X509Certificate2 certificate, string passphrase, DateTimeOffset now)
    {
        using AsymmetricAlgorithm key = (AsymmetricAlgorithm?)certificate.GetRSAPrivateKey() ?? certificate.GetECDsaPrivateKey()!;
        return new AuthorityKey
        {
            Name = name,
            Certificate = certificate.RawData,
            EncryptedPrivateKey = key.ExportEncryptedPkcs8PrivateKey(passphrase, KeyProtection),
            CreatedAt = now,
        };
    }

    public static X509Certificate2 Open(AuthorityKey stored, string passphrase)
    {
        using var certificate = X509CertificateLoader.LoadCertificate(stored.Certificate);
        if (certificate.GetRSAPublicKey() is not null)
        {
            using var rsa = RSA.Create();
            rsa.ImportEncryptedPkcs8PrivateKey(passphrase, stored.EncryptedPrivateKey, out _);
            return certificate.CopyWithPrivateKey(rsa);
        }
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportEncryptedPkcs8PrivateKey(passphrase, stored.EncryptedPrivateKey, out _);
        return certificate.CopyWithPrivateKey(ecdsa);
    }
}
