using Microsoft.EntityFrameworkCore;
using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Domain.StateDuty;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Approval.Infrastructure;

public abstract class ApprovalDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<RpApplication> RpApplications => Set<RpApplication>();
    public DbSet<ReapplicationBan> ReapplicationBans => Set<ReapplicationBan>();
    public DbSet<DutyPayment> DutyPayments => Set<DutyPayment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new RpApplicationConfiguration());
        modelBuilder.ApplyConfiguration(new ReapplicationBanConfiguration());
        modelBuilder.Entity<DutyPayment>(payment =>
        {
            payment.ToTable("DutyPayments");
            payment.HasKey(p => p.Reference); // a bank reference pays once
            payment.Property(p => p.Reference).HasMaxLength(64);
            payment.Property(p => p.AmountKzt).HasPrecision(18, 2);
            payment.Property(p => p.DueKzt).HasPrecision(18, 2);
            payment.HasIndex(p => p.CaseId);
        });
    }
}
