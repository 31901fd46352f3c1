using NomadPlatform.Approval.Domain;
using NomadPlatform.Infrastructure.Risk;
using NomadPlatform.Approval.Consumers;
using NomadPlatform.Approval.Features.ApproveApplication;
using NomadPlatform.Approval.Features.CancelForNoShow;
using NomadPlatform.Approval.Features.CheckEligibility;
using NomadPlatform.Approval.Features.FamilyVisas;
using NomadPlatform.Approval.Features.FileRpApplication;
using NomadPlatform.Approval.Features.OfficerWorklist;
using NomadPlatform.Approval.Features.ReceiveRpApplication;
using NomadPlatform.Approval.Features.RecordPermit;
using NomadPlatform.Approval.Features.RefuseApplication;
using NomadPlatform.Approval.Features.RegisterBan;
using NomadPlatform.Approval.Features.ReviewDeadline;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Approval.Infrastructure.Data;
using NomadPlatform.Approval.Infrastructure.Endorsements;
using NomadPlatform.Approval.Infrastructure.Migrations.Postgres;
using NomadPlatform.Approval.Infrastructure.Migrations.Sqlite;
using NomadPlatform.Approval.Infrastructure.Migrations.SqlServer;
using NomadPlatform.Approval.Security;
using NomadPlatform.Contracts.Grpc.HubIntake.V1;
using NomadPlatform.Contracts.Grpc.Identity.V1;
using NomadPlatform.Infrastructure.Deadlines;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.Infrastructure.Grpc.Rights;
using NomadPlatform.Infrastructure.Systems;
using NomadPlatform.Approval.Grpc;
using NomadPlatform.Infrastructure.Http;
using NomadPlatform.Infrastructure.Messaging;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Seal;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Signatures;

namespace NomadPlatform.Approval.Extensions;

public static class ApprovalServiceExtensions
{
    public static WebApplicationBuilder AddApprovalServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ApprovalDbContext, ApprovalSqliteDbContext, ApprovalPostgresDbContext, ApprovalSqlServerDbContext>("approvaldb");
        builder.AddServiceMessaging<ApprovalDbContext>("approval", bus =>
        {
            bus.AddConsumer<EndorsementIssuedConsumer>();
            bus.AddConsumer<ArrivalWindowExpiredConsumer>();
            bus.AddConsumer<ResidencePermitIssuedConsumer>();
        });
        builder.Services.AddCaseProblems(typeof(ApprovalServiceExtensions).Assembly);
        builder.Services.AddServiceGrpc();
        builder.AddSystemIdentity<ApprovalDbContext>(ApprovalGrpcRights.Service);
        builder.AddOrganisationSeal<ApprovalDbContext>("Migration service seal");
        builder.AddGrpcRights(ApprovalGrpcRights.Service, ApprovalGrpcRights.Table());
        builder.AddAgencyGrpcClient<SignatureVerification.SignatureVerificationClient>("identity");
        builder.AddAgencyGrpcClient<EndorsementRegistry.EndorsementRegistryClient>("hubintake");
        builder.Services.AddOptions<EndorsementTrustOptions>().BindConfiguration("Approval")
            .Validate(o => Bin.TryParse(o.HubBin, out _, out _), "Approval:HubBin must be Astana Hub's BIN (whose seal endorsements carry).")
            .ValidateOnStart();
        builder.Services.AddScoped<EndorsementVerifier>();

        builder.Services.AddScoped<ReceiveRpApplicationHandler>();
        builder.Services.AddScoped<ApproveApplicationHandler>();
        builder.Services.AddScoped<GetWorklistHandler>();
        builder.Services.AddScoped<CheckEligibilityHandler>();
        builder.Services.AddScoped<RegisterBanHandler>();
        builder.Services.AddScoped<FileRpApplicationHandler>();
        builder.Services.AddScoped<RefuseApplicationHandler>();
        builder.Services.AddScoped<CancelForNoShowHandler>();
        builder.Services.AddScoped<RecordPermitHandler>();
        builder.Services.AddScoped<FamilyVisaHandler>();
        builder.Services.AddDeadlineSweep<ReviewDeadlineSweeper>();
        builder.Services.AddStageDeadlines(new Dictionary<string, StageDeadline>
        {
            ["approval.under-review"] = new(RpApplication.ReviewDays, BusinessDays: false, "the 45-day review"),
        });
        builder.Services.AddSingleton(ApprovalData.LoadTariff());
        builder.Services.AddSingleton(ApprovalData.LoadRefusalGrounds());
        builder.Services.AddScoped<ApplicantSignatures>();
        builder.AddAgencyAccess(ApprovalRoles.All);
        builder.Services.AddScoped<ICaseOwners, ApprovalCaseOwners>();
        return builder;
    }
}
