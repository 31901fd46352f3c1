using NomadPlatform.Infrastructure.Risk;
using MassTransit;
using NomadPlatform.Calendar;
using NomadPlatform.Contracts;
using NomadPlatform.Contracts.Grpc.Approval.V1;
using NomadPlatform.Contracts.Grpc.Identity.V1;
using NomadPlatform.HubIntake.Apis;
using NomadPlatform.HubIntake.Consumers;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.HubIntake.Domain.Documents;
using NomadPlatform.HubIntake.Features.CaseTimeline;
using NomadPlatform.HubIntake.Features.ChooseInterview;
using NomadPlatform.HubIntake.Features.DeadlineSweep;
using NomadPlatform.HubIntake.Features.IssueEndorsement;
using NomadPlatform.HubIntake.Features.OfficerQueue;
using NomadPlatform.HubIntake.Features.ReviewApplication;
using NomadPlatform.HubIntake.Features.SubmitApplication;
using NomadPlatform.HubIntake.Features.UploadDocument;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.HubIntake.Infrastructure.Documents;
using NomadPlatform.HubIntake.Infrastructure.Migrations.Postgres;
using NomadPlatform.HubIntake.Infrastructure.Migrations.Sqlite;
using NomadPlatform.HubIntake.Infrastructure.Migrations.SqlServer;
using NomadPlatform.Infrastructure.Seal;
using NomadPlatform.HubIntake.Security;
using NomadPlatform.Infrastructure.Deadlines;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.Infrastructure.Grpc.Rights;
using NomadPlatform.Infrastructure.Systems;
using NomadPlatform.HubIntake.Grpc;
using NomadPlatform.Infrastructure.Http;
using NomadPlatform.Infrastructure.Messaging;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Signatures;

namespace NomadPlatform.HubIntake.Extensions;

public static class HubIntakeServiceExtensions
{
    public const string TimelineQueue = "hub-intake-case-timeline";

    public static WebApplicationBuilder AddHubIntakeServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<HubIntakeDbContext, HubIntakeSqliteDbContext, HubIntakePostgresDbContext, HubIntakeSqlServerDbContext>("hubintakedb");
        builder.AddServiceMessaging<HubIntakeDbContext>("hub-intake", AddTimelineConsumers);
        builder.Services.AddCaseProblems(typeof(HubIntakeServiceExtensions).Assembly);
        builder.Services.AddServiceGrpc();
        builder.AddSystemIdentity<HubIntakeDbContext>(HubGrpcRights.Service);
        builder.AddGrpcRights(HubGrpcRights.Service, HubGrpcRights.Table());
        builder.AddAgencyGrpcClient<IinRegistry.IinRegistryClient>("identity");
        builder.AddAgencyGrpcClient<SignatureVerification.SignatureVerificationClient>("identity");
        builder.AddAgencyGrpcClient<ApplicantEligibility.ApplicantEligibilityClient>("approval");

        builder.Services.AddScoped<ApplicantSignatures>();
        builder.Services.AddScoped<SubmitApplicationHandler>();
        builder.Services.AddScoped<DocumentSetCheck>();
        builder.Services.AddSingleton(LegalisationData.Load());
        builder.Services.AddSingleton<DocumentSetRule>();
        builder.Services.AddScoped<IssueEndorsementHandler>();
        builder.Services.AddScoped<ResealEndorsementHandler>();
        builder.AddOrganisationSeal<HubIntakeDbContext>("Astana Hub endorsements");
        builder.Services.AddScoped<GetCaseTimelineHandler>();
        builder.Services.AddScoped<UploadDocumentHandler>();
        builder.Services.AddScoped<GetOfficerQueueHandler>();
        builder.Services.AddScoped<ReviewApplicationHandler>();
        builder.Services.AddScoped<InterviewChoiceHandler>();
        builder.Services.AddScoped<HubApplicationViews>();
        builder.Services.AddDeadlineSweep<DeadlineSweeper>();
        // Measured from the stage's start, so a little more lenient than the review deadlines themselves (anchored at submission and verification).
        builder.Services.AddStageDeadlines(new Dictionary<string, StageDeadline>
        {
            ["hub.submitted"] = new(HubReviewDays.DocumentVerification, BusinessDays: true, "document verification"),
            ["hub.documents-verified"] = new(HubReviewDays.Interview, BusinessDays: true, "the online interview"),
            ["hub.interview-scheduled"] = new(HubReviewDays.Interview, BusinessDays: true, "the online interview"),
            ["hub.interviewed"] = new(HubReviewDays.EndorsementLatest, BusinessDays: true, "the endorsement"),
        });
        builder.Services.AddSingleton(KazakhstanCalendar.Load());
        builder.Services.AddSingleton<InterviewSlots>();
        builder.Services.AddOptions<DocumentStoreOptions>().BindConfiguration("Documents");
        builder.Services.AddOptions<UploadOptions>().BindConfiguration("Documents:Uploads")
            .Validate(o => o.MaxFilesPerApplicant > 0 && o.MaxBytesPerApplicant > 0 && o.UnsubmittedRetention > TimeSpan.Zero,
                "Documents:Uploads: the quota and the retention must be positive.").ValidateOnStart();
        builder.Services.AddScoped<DocumentRemoval>();
        builder.Services.AddSingleton<UnsubmittedDocumentsSweeper.Cursor>();
        builder.Services.AddDeadlineSweep<UnsubmittedDocumentsSweeper>();
        builder.Services.AddSingleton<DocumentStore>();
        builder.AddAgencyAccess(HubRoles.All);
        builder.Services.AddScoped<ICaseOwners, HubCaseOwners>();
        return builder;
    }

    /// <summary>Every case event of every agency lands in the timeline: one queue, one consumer per event type.</summary>
    static void AddTimelineConsumers(IBusRegistrationConfigurator bus)
    {
        var caseEvents = typeof(ICaseEvent).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICaseEvent).IsAssignableFrom(t));
        foreach (var eventType in caseEvents)
            bus.AddConsumer(typeof(CaseTimelineConsumer<>).MakeGenericType(eventType)).Endpoint(e => e.Name = TimelineQueue);
    }
}
