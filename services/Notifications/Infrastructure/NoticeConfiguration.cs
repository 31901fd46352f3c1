using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.Notifications.Domain;

namespace NomadPlatform.Notifications.Infrastructure;

sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Iin).HasMaxLength(12);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.Values).HasConversion(NoticeValues.Converter, NoticeValues.Comparer).HasMaxLength(4000);
        builder.HasIndex(n => new { n.Iin, n.ReceivedAt });
        builder.ComplexProperty(n => n.Mail, mail =>
        {
            mail.Property(m => m.State).HasColumnName("MailState").HasConversion<string>().HasMaxLength(16);
            mail.Property(m => m.Address).HasColumnName("MailTo").HasMaxLength(254);
            mail.Property(m => m.Language).HasColumnName("MailLanguage").HasMaxLength(2);
            mail.Property(m => m.Attempts).HasColumnName("MailAttempts");
            mail.Property(m => m.NextAttemptAt).HasColumnName("MailNextAttemptAt");
            mail.Property(m => m.SentAt).HasColumnName("MailSentAt");
            mail.Property(m => m.LastError).HasColumnName("MailLastError").HasMaxLength(500);
        });
    }
}
