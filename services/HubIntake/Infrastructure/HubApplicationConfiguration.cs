using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.Infrastructure.Metrics;
using NomadPlatform.HubIntake.Domain;

namespace NomadPlatform.HubIntake.Infrastructure;

public sealed class HubApplicationConfiguration : IEntityTypeConfiguration<HubApplication>
{
    public void Configure(EntityTypeBuilder<HubApplication> builder)
    {
        builder.ToTable("Applications");
        builder.HasKey(a => a.CaseId);
        builder.HasCaseStage();
        builder.Property(a => a.CaseId).ValueGeneratedNever();
        builder.Property(a => a.Iin).HasMaxLength(12);
        builder.HasIndex(a => a.Iin);
        builder.Property(a => a.ApplicantName).HasMaxLength(200);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.EndorsementNumber).HasMaxLength(32);
        builder.HasIndex(a => a.EndorsementNumber).IsUnique();
        builder.Property(a => a.Interviewer).HasMaxLength(100);
        builder.Property(a => a.InterviewNotes).HasMaxLength(4000);
        builder.Property(a => a.RejectionReason).HasMaxLength(4000);
        // No interviewer is booked twice for the same start.
        builder.HasIndex(a => new { a.Interviewer, a.InterviewStartsAt }).IsUnique();
        builder.OwnsOne(a => a.ManifestSignature, signature =>
        {
            signature.Property(s => s.Manifest).HasColumnName("SignedManifest");
            signature.Property(s => s.Signature).HasColumnName("ManifestSignature");
            signature.Property(s => s.SignerCertificateSerial).HasColumnName("SignerCertificateSerial").HasMaxLength(64);
            // A submission sent again (its answer lost) finds the case it created.
            signature.Property(s => s.Digest).HasColumnName("SubmissionDigest").HasMaxLength(64);
            signature.HasIndex(s => s.Digest).IsUnique();
        });
        builder.OwnsMany(a => a.Documents, documents =>
        {
            documents.ToJson("Documents");
            documents.Property(d => d.Kind).HasConversion<string>();
        });
        builder.OwnsMany(a => a.ToCorrect, toCorrect => toCorrect.ToJson("ToCorrect"));
    }
}
