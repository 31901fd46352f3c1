using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.Arrival.Domain.Fingerprints;

namespace NomadPlatform.Arrival.Infrastructure;

public sealed class FingerprintIndexKeyConfiguration : IEntityTypeConfiguration<FingerprintIndexKey>
{
    public void Configure(EntityTypeBuilder<FingerprintIndexKey> builder)
    {
        builder.ToTable("FingerprintIndexKeys");
        // Key first: the duplicate search looks keys up and counts them per registration.
        builder.HasKey(k => new { k.Key, k.CaseId, k.Position });
        builder.Property(k => k.Key).ValueGeneratedNever();
        builder.Property(k => k.CaseId).ValueGeneratedNever();
        builder.Property(k => k.Position).HasConversion<int>();
        builder.Property(k => k.Iin).HasMaxLength(12);
        builder.HasIndex(k => k.CaseId);
    }
}
