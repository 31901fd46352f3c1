using NomadPlatform.Approval.Apis;
using NomadPlatform.Approval.Extensions;
using NomadPlatform.Approval.Grpc;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Staff;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApprovalServices();

var app = builder.Build();
app.UseServiceDefaults();
app.UseAgencyAccess();
app.UseGrpcRequestValidation();
app.MapDefaultEndpoints();
app.MapRpApplicationsApi();
app.MapBansApi();
app.MapFamilyVisasApi();
app.MapStaffApi();
// Which agency may call which method is the next step (issue 14); until then the port is open to every caller.
app.MapGrpcService<ApprovalDecisionsService>().AllowAnonymous();
app.MapGrpcService<ApplicantEligibilityService>().AllowAnonymous();

if (app.Configuration.GetValue("Database:MigrateOnStart", app.Environment.IsDevelopment()))
    await app.Services.MigrateServiceDatabaseAsync<ApprovalDbContext>();
await app.Services.BootstrapStaffAsync();

app.Run();
