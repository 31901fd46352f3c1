using NomadPlatform.Infrastructure.Signatures;

namespace NomadPlatform.HubIntake.Domain;

/// <summary>The signed application manifest, kept as evidence of what the applicant signed.</summary>
public sealed record ManifestSignature(byte[] Manifest, byte[] Signature, string SignerCertificateSerial)
{
    /// <summary>The same submission sent again (a retry) carries the same digest (<see cref="SignatureDigest"/>).</summary>
    public string Digest { get; private init; } = SignatureDigest.Of(Signature);
}
