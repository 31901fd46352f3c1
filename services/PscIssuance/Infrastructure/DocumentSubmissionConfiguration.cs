using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.Infrastructure.Metrics;
using NomadPlatform.PscIssuance.Domain;

namespace NomadPlatform.PscIssuance.Infrastructure;

public sealed class DocumentSubmissionConfiguration : IEntityTypeConfiguration<DocumentSubmission>
{
    public void Configure(EntityTypeBuilder<DocumentSubmission> builder)
    {
        builder.ToTable("DocumentSubmissions");
        builder.HasKey(s => s.CaseId);
        builder.HasCaseStage();
        builder.Property(s => s.CaseId).ValueGeneratedNever();
        builder.Property(s => s.Iin).HasMaxLength(12);
        builder.Property(s => s.Office).HasMaxLength(64);
        builder.Property(s => s.HousingAddress).HasMaxLength(300);
    }
}
