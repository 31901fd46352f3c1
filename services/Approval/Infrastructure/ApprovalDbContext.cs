using Microsoft.EntityFrameworkCore;
using NomadPlatform.Approval.Domain;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Approval.Infrastructure;

public abstract class ApprovalDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<RpApplication> RpApplications => Set<RpApplication>();
    public DbSet<ReapplicationBan> ReapplicationBans => Set<ReapplicationBan>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new RpApplicationConfiguration());
        modelBuilder.ApplyConfiguration(new ReapplicationBanConfiguration());
    }
}
