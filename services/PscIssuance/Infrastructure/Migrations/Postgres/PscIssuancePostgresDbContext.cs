using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.PscIssuance.Infrastructure.Migrations.Postgres;

/// <summary>The Postgres model; its migrations live beside it.</summary>
public sealed class PscIssuancePostgresDbContext(DbContextOptions<PscIssuancePostgresDbContext> options) : PscIssuanceDbContext(options);
