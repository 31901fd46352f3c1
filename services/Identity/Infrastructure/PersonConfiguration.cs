using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.Identity.Domain;

namespace NomadPlatform.Identity.Infrastructure;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("Persons");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Iin).HasMaxLength(12);
        builder.HasIndex(p => p.Iin).IsUnique();
        builder.Property(p => p.Surname).HasMaxLength(100);
        builder.Property(p => p.GivenName).HasMaxLength(100);
        builder.Property(p => p.Citizenship).HasMaxLength(2);
        builder.Property(p => p.Sex).HasConversion<string>().HasMaxLength(6);
        builder.Ignore(p => p.FullName);
        builder.OwnsOne(p => p.Passport, passport =>
        {
            passport.Property(x => x.Number).HasColumnName("PassportNumber").HasMaxLength(20);
            passport.Property(x => x.Country).HasColumnName("PassportCountry").HasMaxLength(2);
            passport.Property(x => x.ExpiresOn).HasColumnName("PassportExpiresOn");
            passport.HasIndex(x => new { x.Country, x.Number }).IsUnique();
        });
    }
}
