using System.Security.Cryptography;

namespace NomadPlatform.HubIntake.Domain;

/// <summary>The signed application manifest, kept as evidence of what the applicant signed.</summary>
public sealed record ManifestSignature(byte[] Manifest, byte[] Signature, string SignerCertificateSerial)
{
    /// <summary>
    /// SHA-256 of the signature, hex. The signature covers the manifest and the signing time, so the
    /// same value arriving again is the same submission sent again (a retry), never a new one.
    /// </summary>
    public string Digest { get; private init; } = DigestOf(Signature);

    public static string DigestOf(byte[] signature) => Convert.ToHexString(SHA256.HashData(signature));
}
