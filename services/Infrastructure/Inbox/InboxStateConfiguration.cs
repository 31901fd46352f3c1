using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NomadPlatform.Infrastructure.Inbox;

public sealed class InboxStateConfiguration : IEntityTypeConfiguration<InboxState>
{
    public void Configure(EntityTypeBuilder<InboxState> builder)
    {
        builder.ToTable("InboxStates");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.MessageId, s.ConsumerId }).IsUnique();
        builder.Property(s => s.ConsumerId).HasMaxLength(256);
    }
}
