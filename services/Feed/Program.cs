using NomadPlatform.Infrastructure.Seal;
using NomadPlatform.Infrastructure.Risk;
using NomadPlatform.Infrastructure.Metrics;
using NomadPlatform.Feed.Apis;
using NomadPlatform.Feed.Extensions;
using NomadPlatform.Feed.Infrastructure;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Staff;
using NomadPlatform.Infrastructure.Systems;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddFeedServices();

var app = builder.Build();
app.UseServiceDefaults();
app.UseAgencyAccess();
app.MapDefaultEndpoints();
app.MapFeedApi();
app.MapWebhookApi();
app.MapContractApi();
app.MapPartnersApi();
app.MapStaffApi();
app.MapMetricsApi();
app.MapCaseRiskApi();
app.MapSealApi();
app.MapSystemApi();

if (app.Configuration.GetValue("Database:MigrateOnStart", app.Environment.IsDevelopment()))
    await app.Services.MigrateServiceDatabaseAsync<FeedDbContext>();
await app.Services.BootstrapStaffAsync();

app.Run();
