using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.HubIntake.Features.CaseTimeline;
using NomadPlatform.HubIntake.Features.IssueEndorsement;
using NomadPlatform.HubIntake.Features.OfficerQueue;
using NomadPlatform.HubIntake.Features.SubmitApplication;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.HubIntake.Security;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Audit;

namespace NomadPlatform.HubIntake.Apis;

public static class ApplicationsApi
{
    public static IEndpointRouteBuilder MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        var applications = app.MapGroup("/api/applications").WithTags("Applications");
        applications.MapPost("/", SubmitAsync).RequireAuthorization(AccessPolicies.Applicant);
        applications.MapGet("/{caseId:guid}", GetAsync).AuditsRead("application").RequireAuthorization(AccessPolicies.ApplicantOrOfficer(HubRoles.All));
        applications.MapGet("/{caseId:guid}/manifest", GetManifestAsync).AuditsRead("signed-manifest").RequireAuthorization(AccessPolicies.ApplicantOrOfficer(HubRoles.All));
        applications.MapPost("/{caseId:guid}/endorsement", EndorseAsync).WithTags("Hub officers")
            .RequireAuthorization(AccessPolicies.Officer(HubRoles.EndorsementSigner));
        applications.MapPost("/{caseId:guid}/endorsement/reseal", ResealAsync).WithTags("Hub officers")
            .RequireAuthorization(AccessPolicies.Officer(HubRoles.EndorsementSigner));

        app.MapGet("/api/applicants/{iin}/applications", ListOfApplicantAsync).AuditsRead("applications-of-applicant").WithTags("Applications")
            .RequireAuthorization(AccessPolicies.ApplicantOrOfficer(HubRoles.All));
        app.MapGet("/api/cases/{caseId:guid}/timeline", GetTimelineAsync).AuditsRead("case-timeline").WithTags("Case timeline")
            .RequireAuthorization(AccessPolicies.ApplicantOrOfficer(HubRoles.All));
        app.MapGet("/api/officers/queue", GetQueueAsync).AuditsRead("hub-queue").WithTags("Hub officers").RequireAuthorization(AccessPolicies.Officer(HubRoles.All));
        return app;
    }

    static async Task<Results<Created<HubApplicationView>, Ok<HubApplicationView>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        SubmitApplicationRequest request, Actor actor, SubmitApplicationHandler handler, HubApplicationViews views, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (SignedSubmission.TryRead(request, errors) is not { } submission) return TypedResults.ValidationProblem(errors);
        SignedSubmission.EnsureTheSigner(submission, actor);

        var (application, created) = await handler.HandleAsync(submission, cancellationToken);
        var view = await views.OfAsync(application, cancellationToken);
        return created ? TypedResults.Created($"/api/applications/{application.CaseId}", view) : TypedResults.Ok(view);
    }

    static async Task<Ok<HubApplicationView>> GetAsync(Guid caseId, HubIntakeDbContext db, HubApplicationViews views, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.CaseId == caseId, cancellationToken)
            ?? throw CaseNotFound.For("Hub application", caseId);
        return TypedResults.Ok(await views.OfAsync(application, cancellationToken));
    }

    /// <summary>The manifest as the applicant last signed it (its exact bytes) and the signature: what a correction starts from.</summary>
    static async Task<Ok<SignedManifestView>> GetManifestAsync(Guid caseId, HubIntakeDbContext db, CancellationToken cancellationToken)
    {
        var signed = await db.Applications.AsNoTracking().Where(a => a.CaseId == caseId).Select(a => a.ManifestSignature).SingleOrDefaultAsync(cancellationToken)
            ?? throw CaseNotFound.For("Hub application", caseId);
        return TypedResults.Ok(new SignedManifestView(signed.Manifest, signed.Signature, signed.SignerCertificateSerial));
    }

    /// <summary>The applicant's applications, newest first (a refused or cancelled one stays listed beside a new one).</summary>
    static async Task<Results<Ok<List<HubApplicationView>>, ValidationProblem>> ListOfApplicantAsync(
        string iin, HubIntakeDbContext db, HubApplicationViews views, CancellationToken cancellationToken)
    {
        if (!Iin.TryParse(iin, out _, out var reason))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["iin"] = [reason] });
        var applications = await db.Applications.AsNoTracking().Where(a => a.Iin == iin).ToListAsync(cancellationToken);
        var listed = new List<HubApplicationView>();
        // One person holds a handful of applications at most (a new one only after a refusal or a ban).
        foreach (var application in applications.OrderByDescending(a => a.SubmittedAt))
            listed.Add(await views.OfAsync(application, cancellationToken));
        return TypedResults.Ok(listed);
    }

    static async Task<Ok<HubApplicationView>> EndorseAsync(Guid caseId, Actor officer, IssueEndorsementHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(HubApplicationView.Of(await handler.HandleAsync(caseId, officer.Iin, cancellationToken)));

    static async Task<Ok<HubApplicationView>> ResealAsync(Guid caseId, Actor officer, ResealEndorsementHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(HubApplicationView.Of(await handler.HandleAsync(caseId, officer.Iin, cancellationToken)));

    static async Task<Ok<List<OfficerQueueItem>>> GetQueueAsync(GetOfficerQueueHandler handler, CancellationToken cancellationToken, int limit = 100) =>
        TypedResults.Ok(await handler.HandleAsync(Math.Clamp(limit, 1, 500), cancellationToken));

    static async Task<Ok<CaseTimelineView>> GetTimelineAsync(Guid caseId, GetCaseTimelineHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(caseId, cancellationToken));
}
