using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.Feed.Domain;

namespace NomadPlatform.Feed.Infrastructure;

public sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ToTable("Partners");
        builder.HasKey(p => p.Bin);
        builder.Property(p => p.Bin).HasMaxLength(12);
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.Property(p => p.RegisteredBy).HasMaxLength(12);
    }
}
