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
        builder.Property(p => p.Sex).HasConversion<string>().HasMaxLength(6);
        builder.PrimitiveCollection(p => p.Citizenships);
        builder.Ignore(p => p.FullName);
        builder.OwnsMany(p => p.Passports, passport =>
        {
            passport.ToTable("PersonPassports");
            passport.WithOwner().HasForeignKey("PersonId");
            passport.Property<int>("Id");
            passport.HasKey("Id");
            passport.Property(x => x.Number).HasMaxLength(20);
            passport.Property(x => x.Country).HasMaxLength(2);
            passport.HasIndex(x => new { x.Country, x.Number }).IsUnique();
        });
        builder.Navigation(p => p.Passports).HasField("_passports").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
