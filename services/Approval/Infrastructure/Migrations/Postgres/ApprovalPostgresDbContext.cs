using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.Approval.Infrastructure.Migrations.Postgres;

/// <summary>The Postgres model; its migrations live beside it.</summary>
public sealed class ApprovalPostgresDbContext(DbContextOptions<ApprovalPostgresDbContext> options) : ApprovalDbContext(options);
