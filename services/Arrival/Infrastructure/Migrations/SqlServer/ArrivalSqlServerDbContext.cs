using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.Arrival.Infrastructure.Migrations.SqlServer;

/// <summary>The SqlServer model; its migrations live beside it.</summary>
public sealed class ArrivalSqlServerDbContext(DbContextOptions<ArrivalSqlServerDbContext> options) : ArrivalDbContext(options);
