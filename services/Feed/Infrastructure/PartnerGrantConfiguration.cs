using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.Feed.Domain;

namespace NomadPlatform.Feed.Infrastructure;

public sealed class PartnerGrantConfiguration : IEntityTypeConfiguration<PartnerGrant>
{
    public void Configure(EntityTypeBuilder<PartnerGrant> builder)
    {
        builder.ToTable("PartnerGrants");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedOnAdd();
        builder.Property(g => g.PartnerBin).HasMaxLength(12);
        builder.Property(g => g.EventType).HasMaxLength(128);
        builder.Property(g => g.Fields).HasMaxLength(2000);
        builder.Property(g => g.GrantedBy).HasMaxLength(12);
        builder.Property(g => g.WithdrawnBy).HasMaxLength(12);
        builder.Ignore(g => g.Current);
        builder.Ignore(g => g.FieldSet);
        builder.HasIndex(g => new { g.PartnerBin, g.EventType });
        builder.HasOne<Partner>().WithMany().HasForeignKey(g => g.PartnerBin);
    }
}
