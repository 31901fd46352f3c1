using Microsoft.EntityFrameworkCore;
using NomadPlatform.Arrival.Domain;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Arrival.Infrastructure;

public abstract class ArrivalDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<ArrivalRecord> Arrivals => Set<ArrivalRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new ArrivalRecordConfiguration());
    }
}
