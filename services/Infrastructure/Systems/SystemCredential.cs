using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NomadPlatform.Infrastructure.Systems;

/// <summary>
/// A system certificate the national CA issued to this agency's service, with its private key
/// encrypted (PKCS#8, AES-256); kept in the agency's own database.
/// </summary>
public sealed class SystemCredential
{
    public string SerialNumber { get; private set; } = "";
    public byte[] Certificate { get; private set; } = [];
    public byte[] EncryptedKey { get; private set; } = [];
    public DateTimeOffset NotAfter { get; private set; }
    public DateTimeOffset EnrolledAt { get; private set; }
    /// <summary>When this service learnt that the CA had revoked it.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    SystemCredential() { }

    public static SystemCredential Of(string serialNumber, byte[] certificate, byte[] encryptedKey, DateTimeOffset notAfter, DateTimeOffset enrolledAt) => new()
    {
        SerialNumber = serialNumber,
        Certificate = certificate,
        EncryptedKey = encryptedKey,
        NotAfter = notAfter,
        EnrolledAt = enrolledAt,
    };

    public void MarkRevoked(DateTimeOffset revokedAt) => RevokedAt ??= revokedAt;
}

public sealed class SystemCredentialConfiguration : IEntityTypeConfiguration<SystemCredential>
{
    public void Configure(EntityTypeBuilder<SystemCredential> builder)
    {
        builder.ToTable("SystemCredentials");
        builder.HasKey(c => c.SerialNumber);
        builder.Property(c => c.SerialNumber).HasMaxLength(64);
        builder.HasIndex(c => c.NotAfter);
    }
}
