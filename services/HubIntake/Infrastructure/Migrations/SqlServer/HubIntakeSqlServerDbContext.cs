using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.HubIntake.Infrastructure.Migrations.SqlServer;

/// <summary>The SqlServer model; its migrations live beside it.</summary>
public sealed class HubIntakeSqlServerDbContext(DbContextOptions<HubIntakeSqlServerDbContext> options) : HubIntakeDbContext(options);
