using NomadPlatform.Infrastructure.Seal;
using NomadPlatform.Infrastructure.Risk;
using NomadPlatform.Infrastructure.Metrics;
using NomadPlatform.Infrastructure.Audit;
using NomadPlatform.Infrastructure.Systems;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Staff;
using NomadPlatform.PscIssuance.Apis;
using NomadPlatform.PscIssuance.Extensions;
using NomadPlatform.PscIssuance.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPscIssuanceServices();

var app = builder.Build();
app.UseServiceDefaults();
app.UseAgencyAccess();
app.MapDefaultEndpoints();
app.MapSubmissionsApi();
app.MapPermitsApi();
app.MapStaffApi();
app.MapMetricsApi();
app.MapCaseRiskApi();
app.MapAuditApi();
app.MapSealApi();
app.MapSystemApi();

if (app.Configuration.GetValue("Database:MigrateOnStart", app.Environment.IsDevelopment()))
    await app.Services.MigrateServiceDatabaseAsync<PscIssuanceDbContext>();
await app.Services.BootstrapStaffAsync();

app.Run();
