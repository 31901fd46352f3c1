using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.PscIssuance.Apis;
using NomadPlatform.PscIssuance.Extensions;
using NomadPlatform.PscIssuance.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPscIssuanceServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapSubmissionsApi();
app.MapPermitsApi();

if (app.Configuration.GetValue("Database:MigrateOnStart", app.Environment.IsDevelopment()))
    await app.Services.MigrateServiceDatabaseAsync<PscIssuanceDbContext>();

app.Run();
