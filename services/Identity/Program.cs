using NomadPlatform.Infrastructure.Grpc;
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
app.UseGrpcRequestValidation();
app.MapDefaultEndpoints();
app.MapConnectApi();
app.MapPersonsApi();
app.MapCertificatesApi();
app.MapOrganisationsApi();
app.MapPkiApi();
app.MapStaffApi();
// Machine-to-machine trust (which agency may call which method) is the next step; until then the
// agencies' gRPC port is open to every caller that reaches it.
app.MapGrpcService<IinRegistryService>().AllowAnonymous();
app.MapGrpcService<SignatureVerificationService>().AllowAnonymous();
app.MapGrpcService<OrganisationCertificatesService>().AllowAnonymous();

if (app.Configuration.GetValue("Database:MigrateOnStart", app.Environment.IsDevelopment()))
    await app.Services.MigrateServiceDatabaseAsync<IdentityDbContext>();
await app.Services.RegisterSignInClientsAsync();
await app.Services.BootstrapStaffAsync();
await app.Services.IssueAdministratorKeysAsync();

app.Run();
