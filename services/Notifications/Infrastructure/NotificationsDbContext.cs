using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Staff;
using NomadPlatform.Infrastructure.Systems;
using NomadPlatform.Notifications.Domain;

namespace NomadPlatform.Notifications.Infrastructure;

public abstract class NotificationsDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<Notice> Notices => Set<Notice>();
    public DbSet<Reminder> Reminders => Set<Reminder>();
    public DbSet<ApplicantContact> Contacts => Set<ApplicantContact>();
    public DbSet<CaseApplicant> CaseApplicants => Set<CaseApplicant>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new NoticeConfiguration());
        modelBuilder.ApplyConfiguration(new ReminderConfiguration());
        modelBuilder.Entity<ApplicantContact>(contact =>
        {
            contact.HasKey(c => c.Iin);
            contact.Property(c => c.Iin).HasMaxLength(12);
            contact.Property(c => c.Email).HasMaxLength(254);
            contact.Property(c => c.Language).HasMaxLength(2);
        });
        modelBuilder.Entity<CaseApplicant>(applicant =>
        {
            applicant.HasKey(a => a.CaseId);
            applicant.Property(a => a.Iin).HasMaxLength(12);
        });
        modelBuilder.ApplyConfiguration(new StaffRoleGrantConfiguration());
        modelBuilder.ApplyConfiguration(new SystemCredentialConfiguration());
    }
}
