using NomadPlatform.Infrastructure.Deadlines;
using NomadPlatform.Infrastructure.Http;
using NomadPlatform.Infrastructure.Messaging;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Seal;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Systems;
using NomadPlatform.Calendar;
using NomadPlatform.Notifications.Consumers;
using NomadPlatform.Notifications.Features.Mail;
using NomadPlatform.Notifications.Features.Notices;
using NomadPlatform.Notifications.Features.Reminders;
using NomadPlatform.Notifications.Infrastructure;
using NomadPlatform.Notifications.Infrastructure.Migrations.Postgres;
using NomadPlatform.Notifications.Infrastructure.Migrations.Sqlite;
using NomadPlatform.Notifications.Infrastructure.Migrations.SqlServer;
using NomadPlatform.Notifications.Security;

namespace NomadPlatform.Notifications.Extensions;

public static class NotificationsServiceExtensions
{
    public static WebApplicationBuilder AddNotificationsServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationsDbContext, NotificationsSqliteDbContext, NotificationsPostgresDbContext, NotificationsSqlServerDbContext>("notificationsdb");
        builder.AddServiceMessaging<NotificationsDbContext>("notifications", bus => bus.AddConsumer<CaseNoticeConsumer>());
        builder.Services.AddCaseProblems(typeof(NotificationsServiceExtensions).Assembly);
        builder.AddSystemIdentity<NotificationsDbContext>("notifications");
        builder.AddOrganisationSeal<NotificationsDbContext>("Notification service seal");
        builder.AddAgencyAccess(NotificationsRoles.All);

        var services = builder.Services;
        services.AddOptions<NoticeOptions>().BindConfiguration(NoticeOptions.Section);
        services.AddSingleton(sp => new NoticeRules(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<NoticeOptions>>().Value));
        services.AddSingleton(KazakhstanCalendar.Load());
        services.AddSingleton<NoticeTexts>();
        services.AddScoped<NoticeWriter>();
        services.AddDeadlineSweep<ReminderSweep>();
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        services.AddDeadlineSweep<NoticeMailer>();
        return builder;
    }
}
