using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.Notifications.Infrastructure.Migrations.Postgres;

/// <summary>The Postgres model; its migrations live beside it.</summary>
public sealed class NotificationsPostgresDbContext(DbContextOptions<NotificationsPostgresDbContext> options) : NotificationsDbContext(options);
