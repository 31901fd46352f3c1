using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.Arrival.Infrastructure.Migrations.Sqlite;

/// <summary>The Sqlite model; its migrations live beside it.</summary>
public sealed class ArrivalSqliteDbContext(DbContextOptions<ArrivalSqliteDbContext> options) : ArrivalDbContext(options);
