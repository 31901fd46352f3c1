using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.CryptoPro;
using Org.BouncyCastle.Asn1.Rosstandart;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

namespace NomadPlatform.Eds;

/// <summary>
/// GOST R 34.10-2015 as NCA uses it: the curves of TC26 paramSetA (256 and 512 bits), Streebog
/// digests, and the byte orders of RFC 4491/9215 — the public key is <c>x ‖ y</c> each little-endian
/// in an OCTET STRING, a signature is <c>s ‖ r</c> big-endian, the digest is read as a
/// little-endian integer (BouncyCastle's signer does that last part itself).
/// </summary>
public static class Gost2015
{
    static readonly SecureRandom Random = new();

    public static ECDomainParameters Curve(int bits)
    {
        var name = bits switch
        {
            256 => RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256_paramSetA,
            512 => RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA,
            _ => throw new ArgumentOutOfRangeException(nameof(bits), bits, "GOST R 34.10-2015 keys are 256 or 512 bits."),
        };
        return new ECNamedDomainParameters(name, ECGost3410NamedCurves.GetByOid(name));
    }

    public static int BitsOf(ECKeyParameters key) => key.Parameters.Curve.FieldSize > 256 ? 512 : 256;

    public static AsymmetricCipherKeyPair Generate(int bits)
    {
        var generator = new ECKeyPairGenerator("ECGOST3410");
        generator.Init(new ECKeyGenerationParameters(Curve(bits), Random));
        return generator.GenerateKeyPair();
    }

    public static byte[] Digest(int bits, ReadOnlySpan<byte> data)
    {
        IDigest digest = bits == 512 ? new Gost3411_2012_512Digest() : new Gost3411_2012_256Digest();
        digest.BlockUpdate(data);
        var hash = new byte[digest.GetDigestSize()];
        digest.DoFinal(hash, 0);
        return hash;
    }

    /// <summary>Signs the Streebog digest of <paramref name="data"/>; the value is <c>s ‖ r</c>, big-endian.</summary>
    public static byte[] Sign(ECPrivateKeyParameters key, ReadOnlySpan<byte> data) => SignDigest(key, Digest(BitsOf(key), data));

    public static byte[] SignDigest(ECPrivateKeyParameters key, byte[] digest)
    {
        var signer = new ECGost3410Signer();
        signer.Init(true, new ParametersWithRandom(key, Random));
        var rs = signer.GenerateSignature(digest);
        var half = BitsOf(key) / 8;
        var value = new byte[2 * half];
        rs[1].ToByteArrayUnsigned().CopyTo(value, half - rs[1].ToByteArrayUnsigned().Length);
        rs[0].ToByteArrayUnsigned().CopyTo(value, 2 * half - rs[0].ToByteArrayUnsigned().Length);
        return value;
    }

    public static bool Verify(ECPublicKeyParameters key, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) =>
        VerifyDigest(key, Digest(BitsOf(key), data), signature);

    public static bool VerifyDigest(ECPublicKeyParameters key, byte[] digest, ReadOnlySpan<byte> signature)
    {
        var half = BitsOf(key) / 8;
        if (signature.Length != 2 * half) return false;
        var s = new BigInteger(1, signature[..half].ToArray());
        var r = new BigInteger(1, signature[half..].ToArray());
        var verifier = new ECGost3410Signer();
        verifier.Init(false, key);
        return verifier.VerifySignature(digest, r, s);
    }

    /// <summary>The key's SubjectPublicKeyInfo under NCA's identifiers.</summary>
    public static byte[] EncodePublicKey(ECPublicKeyParameters key)
    {
        var bits = BitsOf(key);
        var half = bits / 8;
        var q = key.Q.Normalize();
        var point = new byte[2 * half];
        LittleEndian(q.AffineXCoord.ToBigInteger(), half).CopyTo(point, 0);
        LittleEndian(q.AffineYCoord.ToBigInteger(), half).CopyTo(point, half);
        return new SubjectPublicKeyInfo(KeyAlgorithm(bits), new DerOctetString(point).GetEncoded()).GetEncoded(Asn1Encodable.Der);
    }

    /// <summary>The public key in a GOST 2015 SubjectPublicKeyInfo; a malformed one throws <see cref="FormatException"/> with the reason.</summary>
    public static ECPublicKeyParameters DecodePublicKey(byte[] subjectPublicKeyInfo)
    {
        try
        {
            var info = SubjectPublicKeyInfo.GetInstance(subjectPublicKeyInfo);
            var bits = KeyBits(info.Algorithm.Algorithm.Id);
            if (bits == 0) throw new FormatException($"The key algorithm {info.Algorithm.Algorithm.Id} is not GOST R 34.10-2015.");
            CheckCurve(info.Algorithm.Parameters, bits);
            var point = Asn1OctetString.GetInstance(Asn1Object.FromByteArray(info.PublicKey.GetOctets())).GetOctets();
            var half = bits / 8;
            if (point.Length != 2 * half) throw new FormatException($"A {bits}-bit GOST public key is {2 * half} bytes, not {point.Length}.");
            var curve = Curve(bits);
            var q = curve.Curve.ValidatePoint(FromLittleEndian(point.AsSpan(0, half)), FromLittleEndian(point.AsSpan(half)));
            return new ECPublicKeyParameters("ECGOST3410", q, curve);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or IOException or InvalidCastException)
        {
            throw new FormatException($"The GOST public key cannot be read: {exception.Message}", exception);
        }
    }

    /// <summary>The key size an algorithm identifier names: NCA's, or TC26's for the same mathematics; 0 for anything else.</summary>
    static int KeyBits(string oid) => oid switch
    {
        EdsOids.Gost2015PublicKey256 or "1.2.643.7.1.1.1.1" => 256,
        EdsOids.Gost2015PublicKey512 or "1.2.643.7.1.1.1.2" => 512,
        _ => 0,
    };

    public static AlgorithmIdentifier KeyAlgorithm(int bits) => new(
        new DerObjectIdentifier(bits == 512 ? EdsOids.Gost2015PublicKey512 : EdsOids.Gost2015PublicKey256),
        new DerSequence(
            new DerObjectIdentifier(bits == 512 ? EdsOids.Gost2015Curve512 : EdsOids.Gost2015Curve256),
            new DerObjectIdentifier(bits == 512 ? EdsOids.Streebog512 : EdsOids.Streebog256)));

    public static AlgorithmIdentifier SignatureAlgorithm(int bits) =>
        new(new DerObjectIdentifier(bits == 512 ? EdsOids.Gost2015Signature512 : EdsOids.Gost2015Signature256));

    public static AlgorithmIdentifier DigestAlgorithm(int bits) =>
        new(new DerObjectIdentifier(bits == 512 ? EdsOids.Streebog512 : EdsOids.Streebog256));

    /// <summary>The private scalar, little-endian and of the curve's size, as PKCS#8 carries a GOST key.</summary>
    public static byte[] PrivateScalar(ECPrivateKeyParameters key) => LittleEndian(key.D, BitsOf(key) / 8);

    public static ECPrivateKeyParameters PrivateKey(int bits, ReadOnlySpan<byte> littleEndianScalar) =>
        new("ECGOST3410", FromLittleEndian(littleEndianScalar), Curve(bits));

    public static ECPublicKeyParameters PublicKeyOf(ECPrivateKeyParameters key) =>
        new("ECGOST3410", key.Parameters.G.Multiply(key.D).Normalize(), key.Parameters);

    // Both NCA's curve identifiers and TC26's name the same paramSetA curves; absent parameters mean the default.
    static void CheckCurve(Asn1Encodable? parameters, int bits)
    {
        var curve = parameters switch
        {
            Asn1Sequence { Count: > 0 } sequence => (sequence[0] as DerObjectIdentifier)?.Id,
            DerObjectIdentifier oid => oid.Id,
            _ => null,
        };
        string[] known = bits == 512
            ? [EdsOids.Gost2015Curve512, RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA.Id]
            : [EdsOids.Gost2015Curve256, RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256_paramSetA.Id];
        if (curve is not null && !known.Contains(curve))
            throw new FormatException($"The curve {curve} is not GOST R 34.10-2015 paramSetA ({string.Join(" or ", known)}).");
    }

    static byte[] LittleEndian(BigInteger value, int length)
    {
        var bigEndian = value.ToByteArrayUnsigned();
        if (bigEndian.Length > length) throw new ArgumentException($"The value needs {bigEndian.Length} bytes; the curve has {length}.");
        var result = new byte[length];
        for (var i = 0; i < bigEndian.Length; i++) result[i] = bigEndian[bigEndian.Length - 1 - i];
        return result;
    }

    static BigInteger FromLittleEndian(ReadOnlySpan<byte> littleEndian)
    {
        var bigEndian = littleEndian.ToArray();
        Array.Reverse(bigEndian);
        return new BigInteger(1, bigEndian);
    }
}
