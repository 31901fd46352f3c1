using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.HubIntake.Domain;

namespace NomadPlatform.HubIntake.Infrastructure;

public sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> builder)
    {
        builder.ToTable("TimelineEntries");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.CaseId, e.MessageId }).IsUnique();
        builder.Property(e => e.EventType).HasMaxLength(100);
        builder.Property(e => e.Agency).HasMaxLength(50);
        builder.Property(e => e.OfficerIin).HasMaxLength(12);
    }
}
