using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NomadPlatform.Infrastructure.Staff;

public sealed class StaffRoleGrantConfiguration : IEntityTypeConfiguration<StaffRoleGrant>
{
    public void Configure(EntityTypeBuilder<StaffRoleGrant> builder)
    {
        builder.ToTable("StaffRoleGrants");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Iin).HasMaxLength(12);
        builder.Property(g => g.Role).HasMaxLength(50);
        builder.Property(g => g.GrantedBy).HasMaxLength(20);
        builder.Property(g => g.WithdrawnBy).HasMaxLength(20);
        builder.HasIndex(g => new { g.Iin, g.Role });
    }
}
