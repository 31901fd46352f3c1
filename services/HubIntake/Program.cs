using NomadPlatform.Infrastructure.Seal;
using NomadPlatform.Infrastructure.Risk;
using NomadPlatform.Infrastructure.Metrics;
using NomadPlatform.Infrastructure.Audit;
using NomadPlatform.Infrastructure.Systems;
using NomadPlatform.HubIntake.Apis;
using NomadPlatform.HubIntake.Extensions;
using NomadPlatform.HubIntake.Grpc;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.Infrastructure.Grpc.Rights;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Staff;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddHubIntakeServices();

var app = builder.Build();
app.UseServiceDefaults();
app.UseAgencyAccess();
app.UseGrpcRights();
app.UseGrpcRequestValidation();
app.MapDefaultEndpoints();
app.MapApplicationsApi();
app.MapDocumentsApi();
app.MapReviewApi();
app.MapEndorsementsApi();
app.MapStaffApi();
app.MapMetricsApi();
app.MapCaseRiskApi();
app.MapSealApi();
app.MapAuditApi();
app.MapSystemApi();
// Not people's routes: every gRPC call is judged by the calling system's token and this service's GrpcRights table.
app.MapGrpcService<EndorsementRegistryService>().AllowAnonymous();

if (app.Configuration.GetValue("Database:MigrateOnStart", app.Environment.IsDevelopment()))
    await app.Services.MigrateServiceDatabaseAsync<HubIntakeDbContext>();
await app.Services.BootstrapStaffAsync();

app.Run();
