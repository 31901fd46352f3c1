using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.Arrival.Domain.Fingerprints;

namespace NomadPlatform.Arrival.Infrastructure;

public sealed class FingerprintTemplateConfiguration : IEntityTypeConfiguration<FingerprintTemplate>
{
    public void Configure(EntityTypeBuilder<FingerprintTemplate> builder)
    {
        builder.ToTable("FingerprintTemplates");
        builder.HasKey(f => new { f.CaseId, f.Position });
        builder.Property(f => f.Position).HasConversion<int>();
        builder.Property(f => f.Iin).HasMaxLength(12);
        builder.Property(f => f.Template).HasMaxLength(8 * 1024);
        builder.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
        // The duplicate check reads one finger position across all other IINs.
        builder.HasIndex(f => new { f.Position, f.Iin });
    }
}
