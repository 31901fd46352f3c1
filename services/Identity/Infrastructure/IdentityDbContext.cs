using Microsoft.EntityFrameworkCore;
using NomadPlatform.Identity.Domain;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Identity.Infrastructure;

public abstract class IdentityDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<Person> Persons => Set<Person>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new PersonConfiguration());
    }
}
