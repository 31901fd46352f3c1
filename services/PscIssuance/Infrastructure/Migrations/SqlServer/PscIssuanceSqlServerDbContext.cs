using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.PscIssuance.Infrastructure.Migrations.SqlServer;

/// <summary>The SqlServer model; its migrations live beside it.</summary>
public sealed class PscIssuanceSqlServerDbContext(DbContextOptions<PscIssuanceSqlServerDbContext> options) : PscIssuanceDbContext(options);
