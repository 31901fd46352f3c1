using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.Arrival.Apis;
using NomadPlatform.Arrival.Extensions;
using NomadPlatform.Arrival.Grpc;
using NomadPlatform.Arrival.Infrastructure;
using NomadPlatform.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddArrivalServices();

var app = builder.Build();
app.UseServiceDefaults();
app.UseGrpcRequestValidation();
app.MapDefaultEndpoints();
app.MapArrivalsApi();
app.MapFingerprintsApi();
app.MapGrpcService<ArrivalRecordsService>();

if (app.Configuration.GetValue("Database:MigrateOnStart", app.Environment.IsDevelopment()))
    await app.Services.MigrateServiceDatabaseAsync<ArrivalDbContext>();

app.Run();
