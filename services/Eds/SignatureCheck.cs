using System.Security.Cryptography;
using Org.BouncyCastle.Asn1.X509;

namespace NomadPlatform.Eds;

public enum SignatureStatus
{
    Valid,
    /// <summary>The signature was checked and is not the key holder's signature over these bytes.</summary>
    Mismatch,
    /// <summary>The signature could not be checked: an algorithm this platform does not verify, or a key it cannot read.</summary>
    Unsupported,
}

public readonly record struct SignatureOutcome(SignatureStatus Status, string? Reason)
{
    public static readonly SignatureOutcome Valid = new(SignatureStatus.Valid, null);
    public static SignatureOutcome Mismatch(string reason) => new(SignatureStatus.Mismatch, reason);
    public static SignatureOutcome Unsupported(string reason) => new(SignatureStatus.Unsupported, reason);
}

/// <summary>
/// One signature over some bytes, checked with the signer's public key: RSA and ECDSA through .NET's
/// own crypto, GOST R 34.10-2015 through BouncyCastle. Never throws for what the signer sent.
/// </summary>
public static class SignatureCheck
{
    /// <param name="hash">The digest for RSA/ECDSA when the algorithm does not name one (CMS's rsaEncryption, ecPublicKey).</param>
    /// <param name="streebogBits">The Streebog size a CMS signer names for GOST; 0 for a certificate (the algorithm implies it).</param>
    public static SignatureOutcome Verify(
        byte[] signerPublicKeyInfo, SignatureAlgorithm algorithm, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature,
        HashAlgorithmName? hash = null, int streebogBits = 0)
    {
        if (algorithm.Refusal is { } refusal) return SignatureOutcome.Unsupported(refusal);
        var keyAlgorithm = KeyAlgorithmOf(signerPublicKeyInfo);
        if (keyAlgorithm is null) return SignatureOutcome.Unsupported("The signer's public key cannot be read.");
        if (EdsOids.Signature(keyAlgorithm).Family != algorithm.Family)
            return SignatureOutcome.Unsupported($"The signature algorithm {algorithm.Name} does not fit the signer's {EdsOids.Signature(keyAlgorithm).Name} key.");
        try
        {
            return algorithm.Family switch
            {
                SignatureFamily.Gost2015 => VerifyGost(signerPublicKeyInfo, algorithm, data, signature, streebogBits),
                SignatureFamily.Rsa => VerifyRsa(signerPublicKeyInfo, algorithm.Hash ?? hash, data, signature),
                _ => VerifyEcdsa(signerPublicKeyInfo, algorithm.Hash ?? hash, data, signature),
            };
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return SignatureOutcome.Unsupported($"The signer's {algorithm.Name} key cannot be used: {exception.Message}");
        }
    }

    static SignatureOutcome VerifyGost(byte[] publicKeyInfo, SignatureAlgorithm algorithm, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature, int streebogBits)
    {
        var key = Gost2015.DecodePublicKey(publicKeyInfo);
        var bits = Gost2015.BitsOf(key);
        if (bits != algorithm.GostBits)
            return SignatureOutcome.Unsupported($"A {algorithm.Name} signature cannot come from a {bits}-bit key.");
        if (streebogBits != 0 && streebogBits != bits)
            return SignatureOutcome.Unsupported($"A {bits}-bit GOST key signs a {bits}-bit Streebog digest, not a {streebogBits}-bit one.");
        return Gost2015.Verify(key, data, signature) ? SignatureOutcome.Valid : SignatureOutcome.Mismatch("The GOST R 34.10-2015 signature does not match the signed bytes.");
    }

    static SignatureOutcome VerifyRsa(byte[] publicKeyInfo, HashAlgorithmName? hash, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (hash is not { } digest) return SignatureOutcome.Unsupported("The RSA signature names no digest algorithm.");
        using var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(publicKeyInfo, out _);
        return rsa.VerifyData(data, signature, digest, RSASignaturePadding.Pkcs1)
            ? SignatureOutcome.Valid : SignatureOutcome.Mismatch("The RSA signature does not match the signed bytes.");
    }

    static SignatureOutcome VerifyEcdsa(byte[] publicKeyInfo, HashAlgorithmName? hash, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (hash is not { } digest) return SignatureOutcome.Unsupported("The ECDSA signature names no digest algorithm.");
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportSubjectPublicKeyInfo(publicKeyInfo, out _);
        return ecdsa.VerifyData(data, signature, digest, DSASignatureFormat.Rfc3279DerSequence)
            ? SignatureOutcome.Valid : SignatureOutcome.Mismatch("The ECDSA signature does not match the signed bytes.");
    }

    static string? KeyAlgorithmOf(byte[] publicKeyInfo)
    {
        try
        {
            return SubjectPublicKeyInfo.GetInstance(publicKeyInfo).Algorithm.Algorithm.Id;
        }
        catch (Exception exception) when (exception is ArgumentException or IOException or InvalidCastException)
        {
            return null;
        }
    }
}
