using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.Notifications.Infrastructure.Migrations.Sqlite;

/// <summary>The Sqlite model; its migrations live beside it.</summary>
public sealed class NotificationsSqliteDbContext(DbContextOptions<NotificationsSqliteDbContext> options) : NotificationsDbContext(options);
