using NomadPlatform.Infrastructure.Seal;
using NomadPlatform.Infrastructure.Risk;
using NomadPlatform.Infrastructure.Metrics;
using NomadPlatform.Infrastructure.Audit;
using NomadPlatform.Infrastructure.Systems;
using NomadPlatform.Arrival.Apis;
using NomadPlatform.Arrival.Extensions;
using NomadPlatform.Arrival.Grpc;
using NomadPlatform.Arrival.Infrastructure;
using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.Infrastructure.Grpc.Rights;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Staff;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddArrivalServices();

var app = builder.Build();
app.UseServiceDefaults();
app.UseAgencyAccess();
app.UseGrpcRights();
app.UseGrpcRequestValidation();
app.MapDefaultEndpoints();
app.MapArrivalsApi();
app.MapFingerprintsApi();
app.MapStaffApi();
app.MapMetricsApi();
app.MapCaseRiskApi();
app.MapAuditApi();
app.MapSealApi();
app.MapSystemApi();
// Not people's routes: every gRPC call is judged by the calling system's token and this service's GrpcRights table.
app.MapGrpcService<ArrivalRecordsService>().AllowAnonymous();

if (app.Configuration.GetValue("Database:MigrateOnStart", app.Environment.IsDevelopment()))
    await app.Services.MigrateServiceDatabaseAsync<ArrivalDbContext>();
await app.Services.BootstrapStaffAsync();
await app.Services.LoadFingerprintGalleryAsync();

app.Run();
