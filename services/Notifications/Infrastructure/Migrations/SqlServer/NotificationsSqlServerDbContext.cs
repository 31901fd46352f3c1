using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.Notifications.Infrastructure.Migrations.SqlServer;

/// <summary>The SqlServer model; its migrations live beside it.</summary>
public sealed class NotificationsSqlServerDbContext(DbContextOptions<NotificationsSqlServerDbContext> options) : NotificationsDbContext(options);
