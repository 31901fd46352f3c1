using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.PscIssuance.Infrastructure.Migrations.Sqlite;

/// <summary>The Sqlite model; its migrations live beside it.</summary>
public sealed class PscIssuanceSqliteDbContext(DbContextOptions<PscIssuanceSqliteDbContext> options) : PscIssuanceDbContext(options);
