using NomadPlatform.Arrival.Consumers;
using NomadPlatform.Arrival.Features.CompleteArrival;
using NomadPlatform.Arrival.Features.ExpireArrivalWindows;
using NomadPlatform.Arrival.Features.OpenArrivalWindow;
using NomadPlatform.Arrival.Features.RegisterFingerprints;
using NomadPlatform.Arrival.Infrastructure;
using NomadPlatform.Arrival.Infrastructure.Migrations.Postgres;
using NomadPlatform.Arrival.Infrastructure.Migrations.Sqlite;
using NomadPlatform.Arrival.Infrastructure.Migrations.SqlServer;
using NomadPlatform.Arrival.Security;
using NomadPlatform.Calendar;
using NomadPlatform.Contracts.Grpc.Approval.V1;
using NomadPlatform.Infrastructure.Deadlines;
using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.Infrastructure.Grpc.Rights;
using NomadPlatform.Infrastructure.Systems;
using NomadPlatform.Arrival.Grpc;
using NomadPlatform.Infrastructure.Http;
using NomadPlatform.Infrastructure.Messaging;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Seal;
using NomadPlatform.Infrastructure.Security;

namespace NomadPlatform.Arrival.Extensions;

public static class ArrivalServiceExtensions
{
    public static WebApplicationBuilder AddArrivalServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ArrivalDbContext, ArrivalSqliteDbContext, ArrivalPostgresDbContext, ArrivalSqlServerDbContext>("arrivaldb");
        builder.AddServiceMessaging<ArrivalDbContext>("arrival", bus => bus.AddConsumer<NotificationIssuedConsumer>());
        builder.Services.AddCaseProblems(typeof(ArrivalServiceExtensions).Assembly);
        builder.Services.AddServiceGrpc();
        builder.AddSystemIdentity<ArrivalDbContext>(ArrivalGrpcRights.Service);
        builder.AddOrganisationSeal<ArrivalDbContext>("Migration police seal");
        builder.AddGrpcRights(ArrivalGrpcRights.Service, ArrivalGrpcRights.Table());
        builder.AddAgencyGrpcClient<ApprovalDecisions.ApprovalDecisionsClient>("approval");

        builder.Services.AddOptions<ArrivalOptions>().BindConfiguration("Arrival")
            .Validate(o => o.PostEntryStepsBusinessDays is > 0 and <= 250, "Arrival:PostEntryStepsBusinessDays: 1 to 250 business days.").ValidateOnStart();
        builder.Services.AddSingleton(KazakhstanCalendar.Load());
        builder.Services.AddScoped<OpenArrivalWindowHandler>();
        builder.Services.AddScoped<CompleteArrivalHandler>();
        builder.Services.AddScoped<RegisterFingerprintsHandler>();
        builder.Services.AddSingleton<ResidentFingerprintGallery>();
        builder.Services.AddDeadlineSweep<ArrivalWindowSweeper>();
        builder.AddAgencyAccess(ArrivalRoles.All);
        builder.Services.AddScoped<ICaseOwners, ArrivalCaseOwners>();
        return builder;
    }
}
