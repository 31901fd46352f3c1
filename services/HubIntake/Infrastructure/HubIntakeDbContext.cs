using Microsoft.EntityFrameworkCore;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.HubIntake.Infrastructure;

public abstract class HubIntakeDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<HubApplication> Applications => Set<HubApplication>();
    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new HubApplicationConfiguration());
        modelBuilder.ApplyConfiguration(new TimelineEntryConfiguration());
    }
}
