using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.Notifications.Domain;

namespace NomadPlatform.Notifications.Infrastructure;

sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Iin).HasMaxLength(12);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Values).HasConversion(NoticeValues.Converter, NoticeValues.Comparer).HasMaxLength(4000);
        builder.HasIndex(r => new { r.SentAt, r.WithdrawnAt, r.DueAt });
        builder.HasIndex(r => r.CaseId);
        builder.HasIndex(r => r.Iin);
    }
}
