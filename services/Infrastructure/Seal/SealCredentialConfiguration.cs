using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NomadPlatform.Infrastructure.Seal;

public sealed class SealCredentialConfiguration : IEntityTypeConfiguration<SealCredential>
{
    public void Configure(EntityTypeBuilder<SealCredential> builder)
    {
        builder.ToTable("SealCredentials");
        builder.HasKey(c => c.SerialNumber);
        builder.Property(c => c.SerialNumber).HasMaxLength(64);
        builder.HasIndex(c => c.NotAfter);
    }
}
