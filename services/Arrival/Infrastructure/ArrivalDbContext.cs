using NomadPlatform.Infrastructure.Systems;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Arrival.Domain;
using NomadPlatform.Arrival.Domain.Fingerprints;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Staff;

namespace NomadPlatform.Arrival.Infrastructure;

public abstract class ArrivalDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<ArrivalRecord> Arrivals => Set<ArrivalRecord>();
    public DbSet<FingerprintTemplate> FingerprintTemplates => Set<FingerprintTemplate>();
    public DbSet<FingerprintRegistration> FingerprintRegistrations => Set<FingerprintRegistration>();

    /// <summary>The whole arrival, its fingerprints included.</summary>
    public Task<ArrivalRecord?> FindArrivalAsync(Guid caseId, CancellationToken cancellationToken) =>
        Arrivals.Include(a => a.Fingerprints).SingleOrDefaultAsync(a => a.CaseId == caseId, cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new ArrivalRecordConfiguration());
        modelBuilder.ApplyConfiguration(new FingerprintTemplateConfiguration());
        modelBuilder.ApplyConfiguration(new FingerprintRegistrationConfiguration());
        modelBuilder.ApplyConfiguration(new StaffRoleGrantConfiguration());
        modelBuilder.ApplyConfiguration(new SystemCredentialConfiguration());
    }
}
