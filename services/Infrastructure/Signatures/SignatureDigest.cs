using System.Security.Cryptography;

namespace NomadPlatform.Infrastructure.Signatures;

/// <summary>
/// How an applicant's signed act is recognised when it arrives again: SHA-256 of the CMS signature, hex.
/// The signature covers the content and its signing time, so the same value is the same act resent, never a new one.
/// </summary>
public static class SignatureDigest
{
    public static string Of(byte[] signature) => Convert.ToHexString(SHA256.HashData(signature));
}
