using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.Identity.Infrastructure.Migrations.Postgres;

/// <summary>The Postgres model; its migrations live beside it.</summary>
public sealed class IdentityPostgresDbContext(DbContextOptions<IdentityPostgresDbContext> options) : IdentityDbContext(options);
