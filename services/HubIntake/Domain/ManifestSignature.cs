namespace NomadPlatform.HubIntake.Domain;

/// <summary>The signed application manifest, kept as evidence of what the applicant signed.</summary>
public sealed record ManifestSignature(byte[] Manifest, byte[] Signature, string SignerCertificateSerial);
