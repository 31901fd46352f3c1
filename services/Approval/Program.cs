using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.Approval.Apis;
using NomadPlatform.Approval.Extensions;
using NomadPlatform.Approval.Grpc;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApprovalServices();

var app = builder.Build();
app.UseServiceDefaults();
app.UseGrpcRequestValidation();
app.MapDefaultEndpoints();
app.MapRpApplicationsApi();
app.MapBansApi();
app.MapFamilyVisasApi();
app.MapGrpcService<ApprovalDecisionsService>();
app.MapGrpcService<ApplicantEligibilityService>();

if (app.Configuration.GetValue("Database:MigrateOnStart", app.Environment.IsDevelopment()))
    await app.Services.MigrateServiceDatabaseAsync<ApprovalDbContext>();

app.Run();
