using NomadPlatform.Infrastructure.Systems;
using NomadPlatform.Contracts.Grpc.Arrival.V1;
using NomadPlatform.Infrastructure.Http;
using NomadPlatform.Infrastructure.Messaging;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Seal;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.PscIssuance.Features.IssuePermit;
using NomadPlatform.PscIssuance.Features.SubmitDocuments;
using NomadPlatform.PscIssuance.Infrastructure;
using NomadPlatform.PscIssuance.Infrastructure.Migrations.Postgres;
using NomadPlatform.PscIssuance.Infrastructure.Migrations.Sqlite;
using NomadPlatform.PscIssuance.Infrastructure.Migrations.SqlServer;
using NomadPlatform.PscIssuance.Security;

namespace NomadPlatform.PscIssuance.Extensions;

public static class PscIssuanceServiceExtensions
{
    public static WebApplicationBuilder AddPscIssuanceServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PscIssuanceDbContext, PscIssuanceSqliteDbContext, PscIssuancePostgresDbContext, PscIssuanceSqlServerDbContext>("pscissuancedb");
        builder.AddServiceMessaging<PscIssuanceDbContext>("psc-issuance");
        builder.Services.AddCaseProblems(typeof(PscIssuanceServiceExtensions).Assembly);
        builder.AddSystemIdentity<PscIssuanceDbContext>("pscissuance");
        builder.AddOrganisationSeal<PscIssuanceDbContext>("Public Service Center seal");
        builder.AddAgencyGrpcClient<ArrivalRecords.ArrivalRecordsClient>("arrival");
        builder.Services.AddScoped<SubmitDocumentsHandler>();
        builder.Services.AddScoped<IssuePermitHandler>();
        builder.AddAgencyAccess(PscRoles.All);
        builder.Services.AddScoped<ICaseOwners, PscCaseOwners>();
        return builder;
    }
}
