using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.Infrastructure.Metrics;
using NomadPlatform.Approval.Domain;

namespace NomadPlatform.Approval.Infrastructure;

public sealed class RpApplicationConfiguration : IEntityTypeConfiguration<RpApplication>
{
    public void Configure(EntityTypeBuilder<RpApplication> builder)
    {
        builder.ToTable("RpApplications");
        builder.HasKey(a => a.CaseId);
        builder.HasCaseStage();
        builder.Property(a => a.CaseId).ValueGeneratedNever();
        builder.Property(a => a.Iin).HasMaxLength(12);
        builder.HasIndex(a => a.Iin);
        builder.Property(a => a.EndorsementNumber).HasMaxLength(32);
        builder.Property(a => a.NotificationNumber).HasMaxLength(32);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.Status, a.ReviewDueAt });
        builder.Property(a => a.DutyPaymentReference).HasMaxLength(64);
        builder.OwnsOne(a => a.Form, form =>
        {
            form.Property(f => f.Email).HasColumnName("Email").HasMaxLength(254);
            form.Property(f => f.Phone).HasColumnName("Phone").HasMaxLength(20);
            form.Property(f => f.IntendedAddress).HasColumnName("IntendedAddress").HasMaxLength(300);
        });
        builder.OwnsOne(a => a.FilingSignature, signature =>
        {
            signature.Property(s => s.Document).HasColumnName("SignedFiling");
            signature.Property(s => s.Signature).HasColumnName("FilingSignature");
            signature.Property(s => s.SignerCertificateSerial).HasColumnName("FilingSignerCertificateSerial").HasMaxLength(64);
            signature.Property(s => s.Digest).HasColumnName("FilingDigest").HasMaxLength(64);
        });
        builder.OwnsMany(a => a.RefusalGrounds, grounds => grounds.ToJson("RefusalGrounds"));
    }
}
