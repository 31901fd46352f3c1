using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace NomadPlatform.Infrastructure.Systems;

/// <summary>An organisation's ECDSA key as its service keeps it in its own database: encrypted PKCS#8 (AES-256, PBKDF2 100,000 rounds).</summary>
public static class KeyAtRest
{
    static readonly PbeParameters Encryption = new(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000);

    public static byte[] Protect(ECDsa key, string passphrase) => key.ExportEncryptedPkcs8PrivateKey(passphrase, Encryption);

    /// <summary>The stored certificate with its key, ready to sign.</summary>
    public static X509Certificate2 Open(byte[] certificate, byte[] encryptedKey, string passphrase)
    {
        using var key = ECDsa.Create();
        key.ImportEncryptedPkcs8PrivateKey(passphrase, encryptedKey, out _);
        using var loaded = X509CertificateLoader.LoadCertificate(certificate);
        return loaded.CopyWithPrivateKey(key);
    }
}
