using NomadPlatform.Infrastructure.Systems;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Domain.FamilyVisas;
using NomadPlatform.Approval.Domain.StateDuty;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Staff;

namespace NomadPlatform.Approval.Infrastructure;

public abstract class ApprovalDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<RpApplication> RpApplications => Set<RpApplication>();
    public DbSet<ReapplicationBan> ReapplicationBans => Set<ReapplicationBan>();
    public DbSet<DutyPayment> DutyPayments => Set<DutyPayment>();
    public DbSet<FamilyVisa> FamilyVisas => Set<FamilyVisa>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new RpApplicationConfiguration());
        modelBuilder.ApplyConfiguration(new ReapplicationBanConfiguration());
        modelBuilder.ApplyConfiguration(new StaffRoleGrantConfiguration());
        modelBuilder.ApplyConfiguration(new SystemCredentialConfiguration());
        modelBuilder.Entity<DutyPayment>(payment =>
        {
            payment.ToTable("DutyPayments");
            payment.HasKey(p => p.Reference); // a bank reference pays once
            payment.Property(p => p.Reference).HasMaxLength(64);
            payment.Property(p => p.AmountKzt).HasPrecision(18, 2);
            payment.Property(p => p.DueKzt).HasPrecision(18, 2);
            payment.HasIndex(p => p.CaseId);
        });
        modelBuilder.Entity<FamilyVisa>(visa =>
        {
            visa.ToTable("FamilyVisas");
            visa.HasKey(v => v.Number);
            visa.Property(v => v.Number).HasMaxLength(32);
            visa.Property(v => v.MemberName).HasMaxLength(200);
            visa.Property(v => v.MemberPassportNumber).HasMaxLength(20);
            visa.Property(v => v.Relationship).HasConversion<string>().HasMaxLength(10);
            visa.HasIndex(v => new { v.PrincipalCaseId, v.MemberPassportNumber }).IsUnique();
        });
    }
}
