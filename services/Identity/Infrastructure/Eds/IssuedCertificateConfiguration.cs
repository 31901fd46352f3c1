using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.Identity.Domain.Eds;

namespace NomadPlatform.Identity.Infrastructure.Eds;

public sealed class IssuedCertificateConfiguration : IEntityTypeConfiguration<IssuedCertificate>
{
    public void Configure(EntityTypeBuilder<IssuedCertificate> builder)
    {
        builder.ToTable("IssuedCertificates");
        builder.HasKey(c => c.SerialNumber);
        builder.Property(c => c.SerialNumber).HasMaxLength(64);
        builder.Property(c => c.Iin).HasMaxLength(12);
        builder.HasIndex(c => c.Iin);
        builder.Property(c => c.Bin).HasMaxLength(12);
        builder.HasIndex(c => c.Bin);
        builder.Property(c => c.Thumbprint).HasMaxLength(64);
        builder.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.RevocationReason).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(c => c.RevokedAt);
    }
}
