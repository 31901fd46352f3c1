using NomadPlatform.Infrastructure.Seal;
using NomadPlatform.Infrastructure.Risk;
using NomadPlatform.Infrastructure.Metrics;
using NomadPlatform.Infrastructure.Audit;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Staff;
using NomadPlatform.Infrastructure.Systems;
using NomadPlatform.Notifications.Apis;
using NomadPlatform.Notifications.Extensions;
using NomadPlatform.Notifications.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddNotificationsServices();

var app = builder.Build();
app.UseServiceDefaults();
app.UseAgencyAccess();
app.MapDefaultEndpoints();
app.MapNoticesApi();
app.MapStaffApi();
app.MapMetricsApi();
app.MapCaseRiskApi();
app.MapAuditApi();
app.MapSealApi();
app.MapSystemApi();

if (app.Configuration.GetValue("Database:MigrateOnStart", app.Environment.IsDevelopment()))
    await app.Services.MigrateServiceDatabaseAsync<NotificationsDbContext>();
await app.Services.BootstrapStaffAsync();

app.Run();
