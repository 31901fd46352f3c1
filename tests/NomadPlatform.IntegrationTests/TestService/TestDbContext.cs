using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.IntegrationTests.TestService;

public abstract class TestDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<CaseFile> CaseFiles => Set<CaseFile>();
    public DbSet<ReceivedNote> ReceivedNotes => Set<ReceivedNote>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<CaseFile>().HasKey(c => c.CaseId);
        modelBuilder.Entity<ReceivedNote>().HasKey(n => n.Id);
    }
}

public sealed class TestSqliteDbContext(DbContextOptions<TestSqliteDbContext> options) : TestDbContext(options);

public sealed class TestPostgresDbContext(DbContextOptions<TestPostgresDbContext> options) : TestDbContext(options);

public sealed class TestSqlServerDbContext(DbContextOptions<TestSqlServerDbContext> options) : TestDbContext(options);
