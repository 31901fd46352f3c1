using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.Identity.Domain.Eds;

namespace NomadPlatform.Identity.Infrastructure.Eds;

public sealed class AuthorityKeyConfiguration : IEntityTypeConfiguration<AuthorityKey>
{
    public void Configure(EntityTypeBuilder<AuthorityKey> builder)
    {
        builder.ToTable("AuthorityKeys");
        builder.HasKey(k => k.Name);
        builder.Property(k => k.Name).HasMaxLength(20);
    }
}
