using NomadPlatform.HubIntake.Apis;
using NomadPlatform.HubIntake.Extensions;
using NomadPlatform.HubIntake.Grpc;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Staff;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddHubIntakeServices();

var app = builder.Build();
app.UseServiceDefaults();
app.UseAgencyAccess();
app.UseGrpcRequestValidation();
app.MapDefaultEndpoints();
app.MapApplicationsApi();
app.MapDocumentsApi();
app.MapReviewApi();
app.MapEndorsementsApi();
app.MapStaffApi();
// Which agency may call which method is the next step (issue 14); until then the port is open to every caller.
app.MapGrpcService<EndorsementRegistryService>().AllowAnonymous();

if (app.Configuration.GetValue("Database:MigrateOnStart", app.Environment.IsDevelopment()))
    await app.Services.MigrateServiceDatabaseAsync<HubIntakeDbContext>();
await app.Services.BootstrapStaffAsync();

app.Run();
