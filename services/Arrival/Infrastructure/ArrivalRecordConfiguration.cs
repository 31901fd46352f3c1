using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.Arrival.Domain;

namespace NomadPlatform.Arrival.Infrastructure;

public sealed class ArrivalRecordConfiguration : IEntityTypeConfiguration<ArrivalRecord>
{
    public void Configure(EntityTypeBuilder<ArrivalRecord> builder)
    {
        builder.ToTable("Arrivals");
        builder.HasKey(a => a.CaseId);
        builder.Property(a => a.CaseId).ValueGeneratedNever();
        builder.Property(a => a.Iin).HasMaxLength(12);
        builder.Property(a => a.NotificationNumber).HasMaxLength(32);
        builder.Property(a => a.HousingAddress).HasMaxLength(300);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.Status, a.WindowClosesAt });
    }
}
