using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.Identity.Infrastructure.Migrations.SqlServer;

/// <summary>The SqlServer model; its migrations live beside it.</summary>
public sealed class IdentitySqlServerDbContext(DbContextOptions<IdentitySqlServerDbContext> options) : IdentityDbContext(options);
