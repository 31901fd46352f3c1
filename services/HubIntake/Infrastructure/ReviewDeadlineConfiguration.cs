using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.HubIntake.Domain;

namespace NomadPlatform.HubIntake.Infrastructure;

public sealed class ReviewDeadlineConfiguration : IEntityTypeConfiguration<ReviewDeadline>
{
    public void Configure(EntityTypeBuilder<ReviewDeadline> builder)
    {
        builder.ToTable("ReviewDeadlines");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Step).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(d => new { d.MetAt, d.DueAt });
        builder.HasIndex(d => d.CaseId);
        builder.Ignore(d => d.IsOpen);
    }
}
