using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.Identity.Domain.Systems;

namespace NomadPlatform.Identity.Infrastructure.Eds;

public sealed class EnrolmentCodeConfiguration : IEntityTypeConfiguration<EnrolmentCode>
{
    public void Configure(EntityTypeBuilder<EnrolmentCode> builder)
    {
        builder.ToTable("EnrolmentCodes");
        builder.HasKey(c => c.CodeHash);
        builder.Property(c => c.CodeHash).HasMaxLength(64);
        builder.Property(c => c.Bin).HasMaxLength(12);
        builder.Property(c => c.IssuedBy).HasMaxLength(32);
        builder.Property(c => c.UsedFor).HasMaxLength(64);
        // Two enrolments racing with one code: the second's update finds the code no longer unused.
        builder.Property(c => c.UsedAt).IsConcurrencyToken();
        builder.HasIndex(c => c.Bin);
    }
}
