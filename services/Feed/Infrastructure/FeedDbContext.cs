using Microsoft.EntityFrameworkCore;
using NomadPlatform.Feed.Domain;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Seal;
using NomadPlatform.Infrastructure.Staff;
using NomadPlatform.Infrastructure.Systems;

namespace NomadPlatform.Feed.Infrastructure;

public abstract class FeedDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<FeedEntry> Entries => Set<FeedEntry>();
    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<PartnerGrant> Grants => Set<PartnerGrant>();
    public DbSet<WebhookSubscription> Webhooks => Set<WebhookSubscription>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new FeedEntryConfiguration());
        modelBuilder.ApplyConfiguration(new PartnerConfiguration());
        modelBuilder.ApplyConfiguration(new PartnerGrantConfiguration());
        modelBuilder.ApplyConfiguration(new WebhookSubscriptionConfiguration());
        modelBuilder.ApplyConfiguration(new StaffRoleGrantConfiguration());
        modelBuilder.ApplyConfiguration(new SystemCredentialConfiguration());
    }
}
