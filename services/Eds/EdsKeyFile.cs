using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace NomadPlatform.Eds;

/// <summary>An NCA-style file key opened: the holder's certificate and its private key, whatever the algorithm.</summary>
public sealed class EdsKeyFile(X509Certificate2 certificate, EdsPrivateKey key) : IDisposable
{
    public X509Certificate2 Certificate { get; } = certificate;

    public EdsPrivateKey Key { get; } = key;

    /// <summary>
    /// Opens a password-protected PKCS#12 holding one certificate and its key. RSA and ECDSA go through
    /// .NET's loader; a GOST key (which .NET cannot load) is read bag by bag.
    /// </summary>
    public static EdsKeyFile Open(byte[] pkcs12, string password)
    {
        var info = Pkcs12Info.Decode(pkcs12, out _, skipCopy: true);
        if (!info.VerifyMac(password)) throw new CryptographicException("The key file's password is wrong, or the file is damaged.");
        X509Certificate2? certificate = null;
        byte[]? encryptedKey = null;
        foreach (var contents in info.AuthenticatedSafe)
        {
            if (contents.ConfidentialityMode == Pkcs12ConfidentialityMode.Password) contents.Decrypt(password);
            foreach (var bag in contents.GetBags())
            {
                if (bag is Pkcs12CertBag { IsX509Certificate: true } certificateBag) certificate ??= certificateBag.GetCertificate();
                if (bag is Pkcs12ShroudedKeyBag keyBag) encryptedKey ??= keyBag.EncryptedPkcs8PrivateKey.ToArray();
            }
        }
        if (certificate is null || encryptedKey is null) throw new CryptographicException("The key file does not hold one certificate and its private key.");
        return new EdsKeyFile(certificate, EdsPrivateKey.ImportEncryptedPkcs8(password, encryptedKey));
    }

    public void Dispose()
    {
        Certificate.Dispose();
        Key.Dispose();
    }
}
