using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.PscIssuance.Domain;

namespace NomadPlatform.PscIssuance.Infrastructure;

public sealed class ResidencePermitConfiguration : IEntityTypeConfiguration<ResidencePermit>
{
    public void Configure(EntityTypeBuilder<ResidencePermit> builder)
    {
        builder.ToTable("ResidencePermits");
        builder.HasKey(p => p.CaseId);
        builder.Property(p => p.CaseId).ValueGeneratedNever();
        builder.Property(p => p.Iin).HasMaxLength(12);
        builder.HasIndex(p => p.Iin);
        builder.Property(p => p.PermitNumber).HasMaxLength(32);
        builder.HasIndex(p => p.PermitNumber).IsUnique();
        builder.Property(p => p.RegisteredAddress).HasMaxLength(300);
    }
}
