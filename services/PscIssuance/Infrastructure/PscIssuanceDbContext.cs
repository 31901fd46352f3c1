using NomadPlatform.Infrastructure.Systems;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Staff;
using NomadPlatform.PscIssuance.Domain;

namespace NomadPlatform.PscIssuance.Infrastructure;

public abstract class PscIssuanceDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<ResidencePermit> Permits => Set<ResidencePermit>();
    public DbSet<DocumentSubmission> Submissions => Set<DocumentSubmission>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new ResidencePermitConfiguration());
        modelBuilder.ApplyConfiguration(new DocumentSubmissionConfiguration());
        modelBuilder.ApplyConfiguration(new StaffRoleGrantConfiguration());
        modelBuilder.ApplyConfiguration(new SystemCredentialConfiguration());
    }
}
