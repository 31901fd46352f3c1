using NomadPlatform.Infrastructure.Signatures;

namespace NomadPlatform.Approval.Domain;

/// <summary>The filing document as the applicant signed it, kept as evidence of what they filed.</summary>
public sealed record FilingSignature(byte[] Document, byte[] Signature, string SignerCertificateSerial)
{
    /// <summary>The same signed filing arriving again is a resend, not a second filing (<see cref="SignatureDigest"/>).</summary>
    public string Digest { get; private init; } = SignatureDigest.Of(Signature);
}
