using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NomadPlatform.Infrastructure.Audit;

public sealed class AuditSealConfiguration : IEntityTypeConfiguration<AuditSeal>
{
    public void Configure(EntityTypeBuilder<AuditSeal> builder)
    {
        builder.ToTable("AuditSeals");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedOnAdd();
        // One seal per head: two sealers racing (two instances) cannot both seal the same head.
        builder.HasIndex(s => s.ChainIndex).IsUnique();
        builder.Property(s => s.HeadHash).HasMaxLength(AuditHash.Length);
        builder.Property(s => s.Bin).HasMaxLength(12);
        builder.Property(s => s.CertificateSerial).HasMaxLength(64);
    }
}
