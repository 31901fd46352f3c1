using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.Arrival.Infrastructure.Migrations.Postgres;

/// <summary>The Postgres model; its migrations live beside it.</summary>
public sealed class ArrivalPostgresDbContext(DbContextOptions<ArrivalPostgresDbContext> options) : ArrivalDbContext(options);
