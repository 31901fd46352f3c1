using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.Approval.Infrastructure.Migrations.SqlServer;

/// <summary>The SqlServer model; its migrations live beside it.</summary>
public sealed class ApprovalSqlServerDbContext(DbContextOptions<ApprovalSqlServerDbContext> options) : ApprovalDbContext(options);
