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
using NomadPlatform.Identity.Infrastructure.Eds;
using NomadPlatform.Identity.Infrastructure.SignIn;
using NomadPlatform.Infrastructure.Outbox;
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
// Twins starting together take turns at the first start's ceremonies: the second finds what the first made.
await SingleInstanceWork.AloneAsync(app.Services, "first-start:identity", async services =>
{
    await services.GetRequiredService<CertificateAuthorityStore>().GetAsync();
    _ = services.GetRequiredService<TokenKeyStore>().Keys;
    await services.RegisterSignInClientsAsync();
    await services.BootstrapStaffAsync();
    await services.IssueAdministratorKeysAsync();
});

app.Run();
