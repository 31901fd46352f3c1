using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.HubIntake.Apis;
using NomadPlatform.HubIntake.Extensions;
using NomadPlatform.HubIntake.Grpc;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddHubIntakeServices();

var app = builder.Build();
app.UseServiceDefaults();
app.UseGrpcRequestValidation();
app.MapDefaultEndpoints();
app.MapApplicationsApi();
app.MapDocumentsApi();
app.MapReviewApi();
app.MapEndorsementsApi();
app.MapGrpcService<EndorsementRegistryService>();

if (app.Configuration.GetValue("Database:MigrateOnStart", app.Environment.IsDevelopment()))
    await app.Services.MigrateServiceDatabaseAsync<HubIntakeDbContext>();

app.Run();
