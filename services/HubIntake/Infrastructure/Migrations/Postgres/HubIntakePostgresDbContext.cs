using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.HubIntake.Infrastructure.Migrations.Postgres;

/// <summary>The Postgres model; its migrations live beside it.</summary>
public sealed class HubIntakePostgresDbContext(DbContextOptions<HubIntakePostgresDbContext> options) : HubIntakeDbContext(options);
