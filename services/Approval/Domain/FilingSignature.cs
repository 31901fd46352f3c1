using System.Security.Cryptography;

namespace NomadPlatform.Approval.Domain;

/// <summary>The filing document as the applicant signed it, kept as evidence of what they filed.</summary>
public sealed record FilingSignature(byte[] Document, byte[] Signature, string SignerCertificateSerial)
{
    /// <summary>SHA-256 of the signature, hex: the same signed filing arriving again is a resend, not a second filing.</summary>
    public string Digest { get; private init; } = DigestOf(Signature);

    public static string DigestOf(byte[] signature) => Convert.ToHexString(SHA256.HashData(signature));
}
