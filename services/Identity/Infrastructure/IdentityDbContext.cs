using Microsoft.EntityFrameworkCore;
using NomadPlatform.Identity.Domain;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Domain.SignIn;
using NomadPlatform.Identity.Domain.Systems;
using NomadPlatform.Identity.Infrastructure.Eds;
using NomadPlatform.Identity.Infrastructure.SignIn;
using NomadPlatform.Infrastructure.Staff;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Identity.Infrastructure;

public abstract class IdentityDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<AuthorityKey> AuthorityKeys => Set<AuthorityKey>();
    public DbSet<IssuedCertificate> IssuedCertificates => Set<IssuedCertificate>();
    public DbSet<SignInChallenge> SignInChallenges => Set<SignInChallenge>();
    public DbSet<EnrolmentCode> EnrolmentCodes => Set<EnrolmentCode>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new PersonConfiguration());
        modelBuilder.ApplyConfiguration(new AuthorityKeyConfiguration());
        modelBuilder.ApplyConfiguration(new IssuedCertificateConfiguration());
        modelBuilder.ApplyConfiguration(new SignInChallengeConfiguration());
        modelBuilder.ApplyConfiguration(new EnrolmentCodeConfiguration());
        modelBuilder.ApplyConfiguration(new StaffRoleGrantConfiguration());
        // OpenIddict's applications, authorizations, scopes and tokens (refresh tokens, revocations).
        modelBuilder.UseOpenIddict();
    }
}
