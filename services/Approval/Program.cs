using NomadPlatform.Infrastructure.Seal;
using NomadPlatform.Infrastructure.Risk;
using NomadPlatform.Infrastructure.Metrics;
using NomadPlatform.Infrastructure.Audit;
using NomadPlatform.Infrastructure.Systems;
using NomadPlatform.Approval.Apis;
using NomadPlatform.Approval.Extensions;
using NomadPlatform.Approval.Grpc;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.Infrastructure.Grpc.Rights;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Staff;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApprovalServices();

var app = builder.Build();
app.UseServiceDefaults();
app.UseAgencyAccess();
app.UseGrpcRights();
app.UseGrpcRequestValidation();
app.MapDefaultEndpoints();
app.MapRpApplicationsApi();
app.MapBansApi();
app.MapFamilyVisasApi();
app.MapStaffApi();
app.MapMetricsApi();
app.MapCaseRiskApi();
app.MapAuditApi();
app.MapSealApi();
app.MapSystemApi();
// Not people's routes: every gRPC call is judged by the calling system's token and this service's GrpcRights table.
app.MapGrpcService<ApprovalDecisionsService>().AllowAnonymous();
app.MapGrpcService<ApplicantEligibilityService>().AllowAnonymous();

if (app.Configuration.GetValue("Database:MigrateOnStart", app.Environment.IsDevelopment()))
    await app.Services.MigrateServiceDatabaseAsync<ApprovalDbContext>();
await app.Services.BootstrapStaffAsync();

app.Run();
