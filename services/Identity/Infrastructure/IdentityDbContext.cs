using Microsoft.EntityFrameworkCore;
using NomadPlatform.Identity.Domain;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Infrastructure.Eds;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Identity.Infrastructure;

public abstract class IdentityDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<AuthorityKey> AuthorityKeys => Set<AuthorityKey>();
    public DbSet<IssuedCertificate> IssuedCertificates => Set<IssuedCertificate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new PersonConfiguration());
        modelBuilder.ApplyConfiguration(new AuthorityKeyConfiguration());
        modelBuilder.ApplyConfiguration(new IssuedCertificateConfiguration());
    }
}
