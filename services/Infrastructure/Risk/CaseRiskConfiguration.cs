using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NomadPlatform.Infrastructure.Risk;

public sealed class CaseRiskConfiguration : IEntityTypeConfiguration<CaseRisk>
{
    public void Configure(EntityTypeBuilder<CaseRisk> builder)
    {
        builder.ToTable("CaseRisks");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Subject).HasMaxLength(256);
        builder.Property(r => r.Reason).HasMaxLength(1024);
        builder.HasIndex(r => new { r.ClearedAt, r.CaseId });
    }
}
