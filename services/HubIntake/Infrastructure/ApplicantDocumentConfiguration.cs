using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.HubIntake.Domain.Documents;

namespace NomadPlatform.HubIntake.Infrastructure;

public sealed class ApplicantDocumentConfiguration : IEntityTypeConfiguration<ApplicantDocument>
{
    public void Configure(EntityTypeBuilder<ApplicantDocument> builder)
    {
        builder.ToTable("ApplicantDocuments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Iin).HasMaxLength(12);
        builder.HasIndex(d => new { d.Iin, d.Kind });
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.HasIndex(d => d.Sha256);
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Content).HasConversion<string>().HasMaxLength(10);
        builder.PrimitiveCollection(d => d.Problems);
    }
}
