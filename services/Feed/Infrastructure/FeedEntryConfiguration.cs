using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.Feed.Domain;

namespace NomadPlatform.Feed.Infrastructure;

public sealed class FeedEntryConfiguration : IEntityTypeConfiguration<FeedEntry>
{
    public void Configure(EntityTypeBuilder<FeedEntry> builder)
    {
        builder.ToTable("FeedEntries");
        builder.HasKey(e => e.Position);
        builder.Property(e => e.Position).ValueGeneratedOnAdd();
        builder.HasIndex(e => e.EventId).IsUnique();
        builder.HasIndex(e => e.CaseId);
        builder.HasIndex(e => e.RecordedAt);
        builder.Property(e => e.Type).HasMaxLength(128);
        builder.Property(e => e.Agency).HasMaxLength(32);
    }
}
