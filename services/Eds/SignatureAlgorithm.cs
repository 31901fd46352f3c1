using System.Security.Cryptography;

namespace NomadPlatform.Eds;

/// <summary>The families of signature this platform knows; only RSA, ECDSA and GOST R 34.10-2015 are verified.</summary>
public enum SignatureFamily
{
    Rsa,
    Ecdsa,
    Gost2015,
    /// <summary>The national GOST 34.310-2004, being retired by NCA: recognised so it is refused by name.</summary>
    Gost2004,
    Unknown,
}

/// <summary>
/// A signature algorithm as an object identifier names it. CMS signer infos may name only the key's
/// algorithm (rsaEncryption, ecPublicKey, a GOST key) and give the digest separately; a certificate's
/// signature algorithm names both.
/// </summary>
public sealed record SignatureAlgorithm(string Oid, SignatureFamily Family, string Name, HashAlgorithmName? Hash = null, int GostBits = 0)
{
    public bool Supported => Family is SignatureFamily.Rsa or SignatureFamily.Ecdsa or SignatureFamily.Gost2015;

    /// <summary>Why a signature in this algorithm is not verified, or null when it is.</summary>
    public string? Refusal => Family switch
    {
        SignatureFamily.Gost2004 => $"The signature uses the national GOST 34.310-2004 ({Oid}), which NCA has retired; sign again with a GOST R 34.10-2015 or RSA key.",
        SignatureFamily.Unknown => $"The signature algorithm {Oid} is not one this platform verifies (RSA, ECDSA or GOST R 34.10-2015).",
        _ => null,
    };
}
