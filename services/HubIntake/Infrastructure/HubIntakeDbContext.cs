using NomadPlatform.Infrastructure.Systems;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.HubIntake.Domain.Documents;
using NomadPlatform.HubIntake.Domain.Endorsements;
using NomadPlatform.Infrastructure.Seal;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Staff;

namespace NomadPlatform.HubIntake.Infrastructure;

public abstract class HubIntakeDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<HubApplication> Applications => Set<HubApplication>();
    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();
    public DbSet<ApplicantDocument> Documents => Set<ApplicantDocument>();
    public DbSet<ReviewDeadline> Deadlines => Set<ReviewDeadline>();
    public DbSet<EndorsementCounter> EndorsementCounters => Set<EndorsementCounter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new HubApplicationConfiguration());
        modelBuilder.ApplyConfiguration(new TimelineEntryConfiguration());
        modelBuilder.ApplyConfiguration(new ApplicantDocumentConfiguration());
        modelBuilder.ApplyConfiguration(new ReviewDeadlineConfiguration());
        modelBuilder.ApplyConfiguration(new StaffRoleGrantConfiguration());
        modelBuilder.ApplyConfiguration(new SystemCredentialConfiguration());
        modelBuilder.Entity<EndorsementCounter>(counter =>
        {
            counter.ToTable("EndorsementCounters");
            counter.HasKey(c => c.Year);
            counter.Property(c => c.Year).ValueGeneratedNever();
            counter.Property(c => c.LastNumber).IsConcurrencyToken();
        });
    }
}
