using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.Feed.Infrastructure.Migrations.Sqlite;

/// <summary>The Sqlite model; its migrations live beside it.</summary>
public sealed class FeedSqliteDbContext(DbContextOptions<FeedSqliteDbContext> options) : FeedDbContext(options);
