using NomadPlatform.Arrival.Apis;
using NomadPlatform.Arrival.Extensions;
using NomadPlatform.Arrival.Grpc;
using NomadPlatform.Arrival.Infrastructure;
using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Staff;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddArrivalServices();

var app = builder.Build();
app.UseServiceDefaults();
app.UseAgencyAccess();
app.UseGrpcRequestValidation();
app.MapDefaultEndpoints();
app.MapArrivalsApi();
app.MapFingerprintsApi();
app.MapStaffApi();
// Which agency may call which method is the next step (issue 14); until then the port is open to every caller.
app.MapGrpcService<ArrivalRecordsService>().AllowAnonymous();

if (app.Configuration.GetValue("Database:MigrateOnStart", app.Environment.IsDevelopment()))
    await app.Services.MigrateServiceDatabaseAsync<ArrivalDbContext>();
await app.Services.BootstrapStaffAsync();

app.Run();
