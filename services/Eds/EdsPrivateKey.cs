using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Crypto.Parameters;

namespace NomadPlatform.Eds;

/// <summary>
/// A private key of any algorithm EDS uses: RSA and ECDSA as .NET keys, GOST R 34.10-2015 as a
/// BouncyCastle key. It signs certificates, CSRs and CRLs through <see cref="SignatureGenerator"/> and
/// is kept at rest as encrypted PKCS#8 either way.
/// </summary>
public sealed class EdsPrivateKey : IDisposable
{
    readonly AsymmetricAlgorithm? _dotnet;

    EdsPrivateKey(AsymmetricAlgorithm? dotnet, ECPrivateKeyParameters? gost)
    {
        _dotnet = dotnet;
        Gost = gost;
    }

    /// <summary>The GOST key, when this is one.</summary>
    public ECPrivateKeyParameters? Gost { get; }

    public static EdsPrivateKey Of(AsymmetricAlgorithm key) => key is RSA or ECDsa
        ? new(key, null)
        : throw new NotSupportedException($"Keys of type {key.GetType().Name} are not supported.");

    public static EdsPrivateKey Of(ECPrivateKeyParameters gost) => new(null, gost);

    public static EdsPrivateKey CreateRsa(int bits) => new(RSA.Create(bits), null);

    public static EdsPrivateKey CreateEcdsa(ECCurve curve) => new(ECDsa.Create(curve), null);

    public static EdsPrivateKey CreateGost(int bits) => new(null, (ECPrivateKeyParameters)Gost2015.Generate(bits).Private);

    public PublicKey PublicKey => _dotnet switch
    {
        RSA rsa => new PublicKey(rsa),
        ECDsa ecdsa => new PublicKey(ecdsa),
        _ => GostSignatureGenerator.GostPublicKey(Gost2015.PublicKeyOf(Gost!)),
    };

    public X509SignatureGenerator SignatureGenerator => _dotnet switch
    {
        RSA rsa => X509SignatureGenerator.CreateForRSA(rsa, RSASignaturePadding.Pkcs1),
        ECDsa ecdsa => X509SignatureGenerator.CreateForECDsa(ecdsa),
        _ => new GostSignatureGenerator(Gost!),
    };

    /// <summary>A certificate request for this key (SHA-256 for RSA and ECDSA; GOST signs Streebog whatever is named).</summary>
    public CertificateRequest Request(X500DistinguishedName subject) => RequestFor(subject, PublicKey);

    /// <summary>A request for a public key that arrived without its private key (a CSR).</summary>
    public static CertificateRequest RequestFor(X500DistinguishedName subject, PublicKey publicKey) =>
        new(subject, publicKey, HashAlgorithmName.SHA256, publicKey.Oid.Value == EdsOids.RsaEncryption ? RSASignaturePadding.Pkcs1 : null);

    public byte[] ExportEncryptedPkcs8(string passphrase, PbeParameters protection) =>
        _dotnet?.ExportEncryptedPkcs8PrivateKey(passphrase, protection) ?? GostPkcs8().Encrypt(passphrase, protection);

    public static EdsPrivateKey ImportEncryptedPkcs8(string passphrase, byte[] encrypted)
    {
        var info = Pkcs8PrivateKeyInfo.DecryptAndDecode(passphrase, encrypted, out _);
        switch (info.AlgorithmId.Value)
        {
            case EdsOids.RsaEncryption:
                var rsa = RSA.Create();
                rsa.ImportPkcs8PrivateKey(info.Encode(), out _);
                return new(rsa, null);
            case EdsOids.EcPublicKey:
                var ecdsa = ECDsa.Create();
                ecdsa.ImportPkcs8PrivateKey(info.Encode(), out _);
                return new(ecdsa, null);
            case EdsOids.Gost2015PublicKey256 or EdsOids.Gost2015PublicKey512:
                var scalar = AsnDecoder.ReadOctetString(info.PrivateKeyBytes.Span, AsnEncodingRules.DER, out _);
                return new(null, Gost2015.PrivateKey(info.AlgorithmId.Value == EdsOids.Gost2015PublicKey512 ? 512 : 256, scalar));
            default:
                throw new CryptographicException($"A private key of algorithm {info.AlgorithmId.Value} is not supported.");
        }
    }

    /// <summary>The certificate carrying this key, for .NET's own signers; a GOST key cannot be carried so.</summary>
    public X509Certificate2 AttachTo(X509Certificate2 certificate) => _dotnet switch
    {
        RSA rsa => certificate.CopyWithPrivateKey(rsa),
        ECDsa ecdsa => certificate.CopyWithPrivateKey(ecdsa),
        _ => throw new NotSupportedException("A GOST key cannot be attached to a .NET certificate; sign with GostCms."),
    };

    /// <summary>The certificate with this key, as an NCA-style file key: PKCS#12 under <paramref name="password"/>.</summary>
    public byte[] ExportPkcs12(X509Certificate2 certificate, string password)
    {
        if (_dotnet is not null)
        {
            using var withKey = AttachTo(certificate);
            return withKey.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, password);
        }
        // .NET cannot hold a GOST key in a certificate: the file is built bag by bag, protected as .NET protects its own.
        var protection = new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 200_000);
        var keys = new Pkcs12SafeContents();
        keys.AddSafeBag(new Pkcs12ShroudedKeyBag(GostPkcs8().Encrypt(password, protection)));
        var certificates = new Pkcs12SafeContents();
        certificates.AddCertificate(certificate);
        var builder = new Pkcs12Builder();
        builder.AddSafeContentsUnencrypted(keys);
        builder.AddSafeContentsEncrypted(certificates, password, protection);
        builder.SealWithMac(password, HashAlgorithmName.SHA256, 200_000);
        return builder.Encode();
    }

    Pkcs8PrivateKeyInfo GostPkcs8()
    {
        var bits = Gost2015.BitsOf(Gost!);
        var algorithm = Gost2015.KeyAlgorithm(bits);
        var writer = new AsnWriter(AsnEncodingRules.DER);
        writer.WriteOctetString(Gost2015.PrivateScalar(Gost!));
        return new Pkcs8PrivateKeyInfo(new Oid(algorithm.Algorithm.Id), algorithm.Parameters.GetEncoded(Asn1Encodable.Der), writer.Encode());
    }

    public void Dispose() => _dotnet?.Dispose();
}
