using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace NomadPlatform.Identity.Domain.Eds;

/// <summary>
/// Key algorithms .NET's own crypto offers; NCA's GOST family would be one more case here
/// (configuration <c>Eds:KeyAlgorithm</c>).
/// </summary>
public enum EdsKeyAlgorithm
{
    Rsa,
    Ecdsa,
}

public static class EdsKeys
{
    public static AsymmetricAlgorithm Create(EdsKeyAlgorithm algorithm, bool authority) => algorithm switch
    {
        EdsKeyAlgorithm.Rsa => RSA.Create(authority ? 3072 : 2048),
        _ => ECDsa.Create(authority ? ECCurve.NamedCurves.nistP384 : ECCurve.NamedCurves.nistP256),
    };

    public static CertificateRequest Request(X500DistinguishedName subject, AsymmetricAlgorithm key) => key switch
    {
        RSA rsa => new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        ECDsa ecdsa => new CertificateRequest(subject, ecdsa, HashAlgorithmName.SHA256),
        _ => throw new NotSupportedException($"Keys of type {key.GetType().Name} are not supported."),
    };

    /// <summary>A request for a public key that arrived without its private key (a CSR, or a key made here).</summary>
    public static CertificateRequest Request(X500DistinguishedName subject, PublicKey publicKey) =>
        new(subject, publicKey, HashAlgorithmName.SHA256, publicKey.GetRSAPublicKey() is null ? null : RSASignaturePadding.Pkcs1);

    public static X509SignatureGenerator SignerOf(X509Certificate2 authority) =>
        authority.GetRSAPrivateKey() is { } rsa ? X509SignatureGenerator.CreateForRSA(rsa, RSASignaturePadding.Pkcs1)
        : authority.GetECDsaPrivateKey() is { } ecdsa ? X509SignatureGenerator.CreateForECDsa(ecdsa)
        : throw new InvalidOperationException("The authority certificate has no usable private key.");

    public static X509Certificate2 WithKey(X509Certificate2 certificate, AsymmetricAlgorithm key) => key switch
    {
        RSA rsa => certificate.CopyWithPrivateKey(rsa),
        ECDsa ecdsa => certificate.CopyWithPrivateKey(ecdsa),
        _ => throw new NotSupportedException($"Keys of type {key.GetType().Name} are not supported."),
    };
}
