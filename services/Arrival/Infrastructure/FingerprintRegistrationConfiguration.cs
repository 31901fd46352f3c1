using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.Arrival.Domain.Fingerprints;

namespace NomadPlatform.Arrival.Infrastructure;

public sealed class FingerprintRegistrationConfiguration : IEntityTypeConfiguration<FingerprintRegistration>
{
    public void Configure(EntityTypeBuilder<FingerprintRegistration> builder)
    {
        builder.ToTable("FingerprintRegistrations");
        // Numbered by the database in storing order: a gallery reads the numbers it has not taken in.
        builder.HasKey(r => r.Sequence);
        builder.Property(r => r.Sequence).ValueGeneratedOnAdd();
        builder.HasIndex(r => r.CaseId).IsUnique();
        // Ten fingers of up to 255 minutiae, three neighbours each.
        builder.Property(r => r.Keys).HasMaxLength(10 * 255 * 3 * sizeof(int)).IsRequired();
    }
}
