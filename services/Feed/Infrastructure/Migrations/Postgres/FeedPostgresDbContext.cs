using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.Feed.Infrastructure.Migrations.Postgres;

/// <summary>The Postgres model; its migrations live beside it.</summary>
public sealed class FeedPostgresDbContext(DbContextOptions<FeedPostgresDbContext> options) : FeedDbContext(options);
