using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NomadPlatform.Infrastructure.Outbox;

public sealed class RelayLeaseConfiguration : IEntityTypeConfiguration<RelayLease>
{
    public void Configure(EntityTypeBuilder<RelayLease> builder)
    {
        builder.ToTable("RelayLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(64);
        builder.Property(l => l.Holder).HasMaxLength(200);
    }
}
