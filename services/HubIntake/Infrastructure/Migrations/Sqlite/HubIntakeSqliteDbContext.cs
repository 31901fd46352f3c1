using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.HubIntake.Infrastructure.Migrations.Sqlite;

/// <summary>The Sqlite model; its migrations live beside it.</summary>
public sealed class HubIntakeSqliteDbContext(DbContextOptions<HubIntakeSqliteDbContext> options) : HubIntakeDbContext(options);
