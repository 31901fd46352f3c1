using System.Security.Cryptography;
using NomadPlatform.Eds;

namespace NomadPlatform.Identity.Domain.Eds;

/// <summary>The key algorithm of the CA and of the keys it makes for holders (configuration <c>Eds:KeyAlgorithm</c>).</summary>
public enum EdsKeyAlgorithm
{
    Rsa,
    Ecdsa,
    /// <summary>GOST R 34.10-2015 with 256-bit keys, under NCA's identifiers.</summary>
    Gost2015_256,
    /// <summary>GOST R 34.10-2015 with 512-bit keys, as NCA's current roots.</summary>
    Gost2015_512,
}

public static class EdsKeys
{
    public static EdsPrivateKey Create(EdsKeyAlgorithm algorithm, bool authority) => algorithm switch
    {
        EdsKeyAlgorithm.Rsa => EdsPrivateKey.CreateRsa(authority ? 3072 : 2048),
        EdsKeyAlgorithm.Ecdsa => EdsPrivateKey.CreateEcdsa(authority ? ECCurve.NamedCurves.nistP384 : ECCurve.NamedCurves.nistP256),
        EdsKeyAlgorithm.Gost2015_256 => EdsPrivateKey.CreateGost(256),
        EdsKeyAlgorithm.Gost2015_512 => EdsPrivateKey.CreateGost(512),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Eds:KeyAlgorithm: Rsa, Ecdsa, Gost2015_256 or Gost2015_512."),
    };
}
