using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NomadPlatform.Infrastructure.Audit;
using NomadPlatform.Infrastructure.Inbox;
using NomadPlatform.Infrastructure.Outbox;
using NomadPlatform.Infrastructure.Risk;
using NomadPlatform.Infrastructure.Seal;

namespace NomadPlatform.Infrastructure.Persistence;

/// <summary>
/// The base of every service's own database: its tables plus the outbox, the inbox, the audit log with
/// its seals, the cases at risk, the organisation's seal credentials, and the relay's lease.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxState> InboxStates => Set<InboxState>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<CaseRisk> CaseRisks => Set<CaseRisk>();
    public DbSet<AuditSeal> AuditSeals => Set<AuditSeal>();
    public DbSet<SealCredential> SealCredentials => Set<SealCredential>();
    public DbSet<RelayLease> RelayLeases => Set<RelayLease>();

    // Changes are detected once, before the interceptors, which read the entries through DetectedEntries.
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        DetectChangesBeforeInterceptors();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        DetectChangesBeforeInterceptors();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    void DetectChangesBeforeInterceptors()
    {
        if (ChangeTracker.AutoDetectChangesEnabled) ChangeTracker.DetectChanges();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxStateConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new CaseRiskConfiguration());
        modelBuilder.ApplyConfiguration(new AuditSealConfiguration());
        modelBuilder.ApplyConfiguration(new SealCredentialConfiguration());
        modelBuilder.ApplyConfiguration(new RelayLeaseConfiguration());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Conventions.Add(_ => new AggregateVersionConvention());
        // SQLite cannot compare or order DateTimeOffset text; stored as UTC ticks it can (whatever the value's offset).
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcBinaryDateTimeOffsetConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcBinaryDateTimeOffsetConverter>();
        }
        else if (Database.IsNpgsql())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeOffsetConverter>();
        }
    }
}
