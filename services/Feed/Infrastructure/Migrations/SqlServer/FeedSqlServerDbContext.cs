using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.Feed.Infrastructure.Migrations.SqlServer;

/// <summary>The SqlServer model; its migrations live beside it.</summary>
public sealed class FeedSqlServerDbContext(DbContextOptions<FeedSqlServerDbContext> options) : FeedDbContext(options);
