using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.Identity.Apis;
using NomadPlatform.Identity.Extensions;
using NomadPlatform.Identity.Grpc;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIdentityServices();

var app = builder.Build();
app.UseServiceDefaults();
app.UseGrpcRequestValidation();
app.MapDefaultEndpoints();
app.MapPersonsApi();
app.MapCertificatesApi();
app.MapPkiApi();
app.MapGrpcService<IinRegistryService>();
app.MapGrpcService<SignatureVerificationService>();
app.MapGrpcService<OrganisationCertificatesService>();

if (app.Configuration.GetValue("Database:MigrateOnStart", app.Environment.IsDevelopment()))
    await app.Services.MigrateServiceDatabaseAsync<IdentityDbContext>();

app.Run();
