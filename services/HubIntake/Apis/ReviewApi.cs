using Microsoft.AspNetCore.Http.HttpResults;
using NomadPlatform.Contracts.HubIntake;
using NomadPlatform.HubIntake.Domain.Documents;
using NomadPlatform.HubIntake.Features.ChooseInterview;
using NomadPlatform.HubIntake.Features.ReviewApplication;
using NomadPlatform.HubIntake.Features.SubmitApplication;
using NomadPlatform.HubIntake.Security;
using NomadPlatform.Infrastructure.Security;

namespace NomadPlatform.HubIntake.Apis;

/// <summary>The Hub officers' review steps; the applicant's choice of interview time and resubmission after a return.</summary>
public static class ReviewApi
{
    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var review = app.MapGroup("/api/applications/{caseId:guid}").WithTags("Hub officers");
        review.MapPost("/document-verification", VerifyDocumentsAsync).RequireAuthorization(AccessPolicies.Officer(HubRoles.DocumentReviewer));
        review.MapPost("/interview", ScheduleInterviewAsync).RequireAuthorization(AccessPolicies.Officer(HubRoles.Interviewer));
        review.MapGet("/interview/slots", FreeSlotsAsync).RequireAuthorization(AccessPolicies.Officer(HubRoles.Interviewer));
        review.MapPost("/interview/result", RecordInterviewAsync).RequireAuthorization(AccessPolicies.Officer(HubRoles.Interviewer));
        review.MapPost("/rejection", RejectAsync).RequireAuthorization(AccessPolicies.Officer(HubRoles.DocumentReviewer, HubRoles.EndorsementSigner));
        review.MapPost("/resubmission", ResubmitAsync).WithTags("Applications").RequireAuthorization(AccessPolicies.Applicant);
        review.MapGet("/interview/offer", (Guid caseId, InterviewChoiceHandler handler, CancellationToken cancellationToken) => handler.OfferAsync(caseId, cancellationToken))
            .WithTags("Applications").RequireAuthorization(AccessPolicies.Applicant);
        review.MapPost("/interview/choice", ChooseInterviewAsync).WithTags("Applications").RequireAuthorization(AccessPolicies.Applicant);
        return app;
    }

    static async Task<Results<Ok<HubApplicationView>, ValidationProblem>> VerifyDocumentsAsync(
        Guid caseId, DocumentVerificationRequest request, Actor officer, ReviewApplicationHandler handler, HubApplicationViews views, CancellationToken cancellationToken)
    {
        if (request.Decision?.Equals("Accept", StringComparison.OrdinalIgnoreCase) == true)
            return TypedResults.Ok(await views.OfAsync(await handler.VerifyDocumentsAsync(caseId, officer.Iin, cancellationToken), cancellationToken));
        if (request.Decision?.Equals("Return", StringComparison.OrdinalIgnoreCase) != true)
            return Invalid("decision", "'Accept' or 'Return'.");

        var returns = request.Returns ?? [];
        if (returns.Length == 0) return Invalid("returns", "Name each returned document and why.");
        var kinds = Enum.GetValues<DocumentKind>().Length;
        if (returns.Length > kinds) return Invalid("returns", $"At most {kinds} returns: one per kind of document.");
        var named = new HashSet<DocumentKind>();
        for (var i = 0; i < returns.Length; i++)
        {
            if (returns[i] is null) return Invalid($"returns[{i}]", "A returned document: its kind and why.");
            if (!Enum.TryParse<DocumentKind>(returns[i].Kind, ignoreCase: true, out var kind) || int.TryParse(returns[i].Kind, out _))
                return Invalid($"returns[{i}].kind", $"One of: {string.Join(", ", Enum.GetNames<DocumentKind>())}.");
            if (!named.Add(kind)) return Invalid($"returns[{i}].kind", $"{kind} is already returned above: give all its reasons once.");
            if (string.IsNullOrWhiteSpace(returns[i].Reason) || returns[i].Reason!.Length > 1000)
                return Invalid($"returns[{i}].reason", "The reason, at most 1000 characters.");
        }
        var documents = returns.Select(r => new ReturnedDocument(Enum.Parse<DocumentKind>(r.Kind!, true).ToString(), r.Reason!.Trim())).ToList();
        return TypedResults.Ok(await views.OfAsync(await handler.ReturnDocumentsAsync(caseId, documents, officer.Iin, cancellationToken), cancellationToken));
    }

    static async Task<Results<Ok<HubApplicationView>, ValidationProblem>> ScheduleInterviewAsync(
        Guid caseId, ScheduleInterviewRequest request, Actor officer, ReviewApplicationHandler handler, HubApplicationViews views, CancellationToken cancellationToken)
    {
        if (request.StartsAt is null) return Invalid("startsAt", "The interview's start (ISO 8601 with offset) is required.");
        if (string.IsNullOrWhiteSpace(request.Interviewer) || request.Interviewer.Length > 100) return Invalid("interviewer", "The interviewer, at most 100 characters.");
        return TypedResults.Ok(await views.OfAsync(await handler.ScheduleInterviewAsync(caseId, request.StartsAt.Value, request.Interviewer.Trim(), officer.Iin, cancellationToken), cancellationToken));
    }

    /// <summary>The interviewer's free half-hour slots up to the case's interview deadline.</summary>
    static async Task<Results<Ok<IReadOnlyList<DateTimeOffset>>, ValidationProblem>> FreeSlotsAsync(
        Guid caseId, string? interviewer, ReviewApplicationHandler handler, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(interviewer) || interviewer.Length > 100) return Invalid("interviewer", "The interviewer, at most 100 characters.");
        return TypedResults.Ok(await handler.FreeSlotsAsync(caseId, interviewer.Trim(), cancellationToken));
    }

    static async Task<Results<Ok<HubApplicationView>, ValidationProblem>> ChooseInterviewAsync(
        Guid caseId, InterviewChoiceRequest request, InterviewChoiceHandler handler, HubApplicationViews views, CancellationToken cancellationToken)
    {
        if (request.StartsAt is null) return Invalid("startsAt", "The chosen start (ISO 8601 with offset), one of the offered times.");
        return TypedResults.Ok(await views.OfAsync(await handler.ChooseAsync(caseId, request.StartsAt.Value, cancellationToken), cancellationToken));
    }

    static async Task<Results<Ok<HubApplicationView>, ValidationProblem>> RecordInterviewAsync(
        Guid caseId, InterviewResultRequest request, Actor officer, ReviewApplicationHandler handler, HubApplicationViews views, CancellationToken cancellationToken)
    {
        if (request.Passed is null) return Invalid("passed", "true or false.");
        if (string.IsNullOrWhiteSpace(request.Notes) || request.Notes.Length > 4000) return Invalid("notes", "The interviewer's notes, at most 4000 characters.");
        return TypedResults.Ok(await views.OfAsync(await handler.RecordInterviewAsync(caseId, request.Passed.Value, request.Notes.Trim(), officer.Iin, cancellationToken), cancellationToken));
    }

    static async Task<Results<Ok<HubApplicationView>, ValidationProblem>> RejectAsync(
        Guid caseId, RejectionRequest request, Actor officer, ReviewApplicationHandler handler, HubApplicationViews views, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 4000) return Invalid("reason", "The reasons for the refusal, at most 4000 characters.");
        return TypedResults.Ok(await views.OfAsync(await handler.RejectAsync(caseId, request.Reason.Trim(), officer.Iin, cancellationToken), cancellationToken));
    }

    static async Task<Results<Ok<HubApplicationView>, ValidationProblem, ProblemHttpResult>> ResubmitAsync(
        Guid caseId, SubmitApplicationRequest request, Actor actor, SubmitApplicationHandler handler, HubApplicationViews views, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (SignedSubmission.TryRead(request, errors) is not { } submission) return TypedResults.ValidationProblem(errors);
        SignedSubmission.EnsureTheSigner(submission, actor);
        return TypedResults.Ok(await views.OfAsync(await handler.ResubmitAsync(caseId, submission, cancellationToken), cancellationToken));
    }

    static ValidationProblem Invalid(string field, string reason) => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] });
}
