namespace NomadPlatform.Identity.Infrastructure.Eds;

/// <summary>A CA certificate and its private key, encrypted (PKCS#8, PBES2 AES-256, PBKDF2-SHA256) under the CA passphrase.</summary>
public sealed class AuthorityKey
{
    public required string Name { get; init; }
    public required byte[] Certificate { get; init; }
    public required byte[] EncryptedPrivateKey { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
