using System.Security.Cryptography;

namespace NomadPlatform.Eds;

/// <summary>Object identifiers of the algorithms EDS signatures use, and what each one names.</summary>
public static class EdsOids
{
    public const string RsaEncryption = "1.2.840.113549.1.1.1";
    public const string EcPublicKey = "1.2.840.10045.2.1";
    public const string Sha256 = "2.16.840.1.101.3.4.2.1";
    public const string Sha384 = "2.16.840.1.101.3.4.2.2";
    public const string Sha512 = "2.16.840.1.101.3.4.2.3";

    /// <summary>NCA's GOST R 34.10-2015 (RFC 7836 mathematics under Kazakh identifiers).</summary>
    public const string Gost2015PublicKey256 = "1.2.398.3.10.1.1.2.1";
    public const string Gost2015PublicKey512 = "1.2.398.3.10.1.1.2.2";
    public const string Gost2015Curve256 = "1.2.398.3.10.1.1.2.1.1";
    public const string Gost2015Curve512 = "1.2.398.3.10.1.1.2.2.1";
    public const string Gost2015Signature256 = "1.2.398.3.10.1.1.2.3.1";
    public const string Gost2015Signature512 = "1.2.398.3.10.1.1.2.3.2";
    public const string Streebog256 = "1.2.398.3.10.1.3.2";
    public const string Streebog512 = "1.2.398.3.10.1.3.3";

    /// <summary>GOST 34.310-2004 keys and signatures live under this arc; its digest GOST 34.311-95 beside it.</summary>
    public const string Gost2004Arc = "1.2.398.3.10.1.1.1";
    public const string Gost2004Digest = "1.2.398.3.10.1.3.1";

    public static SignatureAlgorithm Signature(string oid) => oid switch
    {
        "1.2.840.113549.1.1.11" => new(oid, SignatureFamily.Rsa, "sha256WithRSAEncryption", HashAlgorithmName.SHA256),
        "1.2.840.113549.1.1.12" => new(oid, SignatureFamily.Rsa, "sha384WithRSAEncryption", HashAlgorithmName.SHA384),
        "1.2.840.113549.1.1.13" => new(oid, SignatureFamily.Rsa, "sha512WithRSAEncryption", HashAlgorithmName.SHA512),
        RsaEncryption => new(oid, SignatureFamily.Rsa, "rsaEncryption"),
        "1.2.840.10045.4.3.2" => new(oid, SignatureFamily.Ecdsa, "ecdsa-with-SHA256", HashAlgorithmName.SHA256),
        "1.2.840.10045.4.3.3" => new(oid, SignatureFamily.Ecdsa, "ecdsa-with-SHA384", HashAlgorithmName.SHA384),
        "1.2.840.10045.4.3.4" => new(oid, SignatureFamily.Ecdsa, "ecdsa-with-SHA512", HashAlgorithmName.SHA512),
        EcPublicKey => new(oid, SignatureFamily.Ecdsa, "ecPublicKey"),
        Gost2015Signature256 or Gost2015PublicKey256 => new(oid, SignatureFamily.Gost2015, "GOST R 34.10-2015 (256-bit)", GostBits: 256),
        Gost2015Signature512 or Gost2015PublicKey512 => new(oid, SignatureFamily.Gost2015, "GOST R 34.10-2015 (512-bit)", GostBits: 512),
        _ when oid.StartsWith(Gost2004Arc + ".", StringComparison.Ordinal) || oid == Gost2004Arc
            => new(oid, SignatureFamily.Gost2004, "GOST 34.310-2004"),
        _ => new(oid, SignatureFamily.Unknown, oid),
    };

    /// <summary>The digest a CMS signer names: a .NET hash, a Streebog size, or why it is not accepted.</summary>
    public static (HashAlgorithmName? Hash, int StreebogBits, string? Refusal) Digest(string oid) => oid switch
    {
        Sha256 => (HashAlgorithmName.SHA256, 0, null),
        Sha384 => (HashAlgorithmName.SHA384, 0, null),
        Sha512 => (HashAlgorithmName.SHA512, 0, null),
        Streebog256 => (null, 256, null),
        Streebog512 => (null, 512, null),
        Gost2004Digest => (null, 0, $"The digest GOST 34.311-95 ({oid}) belongs to the retired GOST 34.310-2004; sign again with a GOST R 34.10-2015 or RSA key."),
        _ => (null, 0, $"The digest algorithm {oid} is not one this platform accepts (SHA-2 or GOST R 34.11-2015)."),
    };
}
