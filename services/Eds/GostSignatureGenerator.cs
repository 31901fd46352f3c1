using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Crypto.Parameters;

namespace NomadPlatform.Eds;

/// <summary>
/// Lets .NET's certificate, CSR and CRL builders sign with a GOST R 34.10-2015 key: the structure is
/// .NET's, the signature BouncyCastle's (the hash algorithm .NET passes is ignored: GOST signs Streebog).
/// </summary>
public sealed class GostSignatureGenerator(ECPrivateKeyParameters key) : X509SignatureGenerator
{
    public ECPrivateKeyParameters Key { get; } = key;

    public int Bits => Gost2015.BitsOf(Key);

    public override byte[] GetSignatureAlgorithmIdentifier(HashAlgorithmName hashAlgorithm) =>
        Gost2015.SignatureAlgorithm(Bits).GetEncoded(Asn1Encodable.Der);

    public override byte[] SignData(byte[] data, HashAlgorithmName hashAlgorithm) => Gost2015.Sign(Key, data);

    protected override PublicKey BuildPublicKey() => GostPublicKey(Gost2015.PublicKeyOf(Key));

    /// <summary>A GOST public key as .NET's certificate requests carry one.</summary>
    public static PublicKey GostPublicKey(ECPublicKeyParameters key) => PublicKey.CreateFromSubjectPublicKeyInfo(Gost2015.EncodePublicKey(key), out _);
}
