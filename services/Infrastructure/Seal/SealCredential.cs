namespace NomadPlatform.Infrastructure.Seal;

/// <summary>A seal certificate the national CA issued to this agency, with its private key encrypted (PKCS#8, AES-256).</summary>
public sealed class SealCredential
{
    public string SerialNumber { get; private set; } = "";
    public byte[] Certificate { get; private set; } = [];
    public byte[] EncryptedKey { get; private set; } = [];
    public DateTimeOffset NotAfter { get; private set; }
    public DateTimeOffset EnrolledAt { get; private set; }

    SealCredential() { }

    public static SealCredential Of(string serialNumber, byte[] certificate, byte[] encryptedKey, DateTimeOffset notAfter, DateTimeOffset enrolledAt) => new()
    {
        SerialNumber = serialNumber,
        Certificate = certificate,
        EncryptedKey = encryptedKey,
        NotAfter = notAfter,
        EnrolledAt = enrolledAt,
    };
}
