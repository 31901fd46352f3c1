using Microsoft.EntityFrameworkCore;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.HubIntake.Domain.Documents;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.HubIntake.Infrastructure;

public abstract class HubIntakeDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<HubApplication> Applications => Set<HubApplication>();
    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();
    public DbSet<ApplicantDocument> Documents => Set<ApplicantDocument>();
    public DbSet<ReviewDeadline> Deadlines => Set<ReviewDeadline>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new HubApplicationConfiguration());
        modelBuilder.ApplyConfiguration(new TimelineEntryConfiguration());
        modelBuilder.ApplyConfiguration(new ApplicantDocumentConfiguration());
        modelBuilder.ApplyConfiguration(new ReviewDeadlineConfiguration());
    }
}
