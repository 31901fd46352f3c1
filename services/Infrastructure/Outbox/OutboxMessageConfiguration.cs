using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NomadPlatform.Infrastructure.Outbox;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.SequenceNumber);
        builder.Property(m => m.SequenceNumber).ValueGeneratedOnAdd();
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.HasIndex(m => new { m.DeliveredAt, m.SequenceNumber });
        builder.Property(m => m.MessageType).HasMaxLength(256);
        builder.Property(m => m.TraceParent).HasMaxLength(128);
    }
}
