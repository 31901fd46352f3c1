using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.Approval.Domain;

namespace NomadPlatform.Approval.Infrastructure;

public sealed class ReapplicationBanConfiguration : IEntityTypeConfiguration<ReapplicationBan>
{
    public void Configure(EntityTypeBuilder<ReapplicationBan> builder)
    {
        builder.ToTable("ReapplicationBans");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Iin).HasMaxLength(12);
        builder.Property(b => b.RecordedBy).HasMaxLength(12);
        builder.HasIndex(b => new { b.Iin, b.EndsOn });
        builder.Property(b => b.Reason).HasConversion<string>().HasMaxLength(30);
    }
}
