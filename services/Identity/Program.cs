using NomadPlatform.Infrastructure.Seal;
using NomadPlatform.Infrastructure.Risk;
using NomadPlatform.Infrastructure.Metrics;
using NomadPlatform.Infrastructure.Audit;
using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.Infrastructure.Grpc.Rights;
using NomadPlatform.Identity.Apis;
using NomadPlatform.Identity.Extensions;
using NomadPlatform.Identity.Features.IssueEmployeeCertificate;
using NomadPlatform.Identity.Grpc;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Staff;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIdentityServices();

var app = builder.Build();
app.UseServiceDefaults();
app.UseAgencyAccess();
app.UseGrpcRights();
app.UseGrpcRequestValidation();
app.MapDefaultEndpoints();
app.MapConnectApi();
app.MapPersonsApi();
app.MapCertificatesApi();
app.MapOrganisationsApi();
app.MapPkiApi();
app.MapStaffApi();
app.MapMetricsApi();
app.MapCaseRiskApi();
app.MapAuditApi();
app.MapSealApi();
// Not people's routes: every gRPC call is judged by the calling system's token and IdentityGrpcRights.
app.MapGrpcService<IinRegistryService>().AllowAnonymous();
app.MapGrpcService<SignatureVerificationService>().AllowAnonymous();
app.MapGrpcService<OrganisationCertificatesService>().AllowAnonymous();

if (app.Configuration.GetValue("Database:MigrateOnStart", app.Environment.IsDevelopment()))
    await app.Services.MigrateServiceDatabaseAsync<IdentityDbContext>();
await app.Services.RegisterSignInClientsAsync();
await app.Services.BootstrapStaffAsync();
await app.Services.IssueAdministratorKeysAsync();

app.Run();
