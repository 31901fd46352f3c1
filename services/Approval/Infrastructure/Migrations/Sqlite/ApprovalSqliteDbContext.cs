using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.Approval.Infrastructure.Migrations.Sqlite;

/// <summary>The Sqlite model; its migrations live beside it.</summary>
public sealed class ApprovalSqliteDbContext(DbContextOptions<ApprovalSqliteDbContext> options) : ApprovalDbContext(options);
