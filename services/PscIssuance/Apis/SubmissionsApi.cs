using NomadPlatform.PscIssuance.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.PscIssuance.Features.SubmitDocuments;
using NomadPlatform.PscIssuance.Infrastructure;
using NomadPlatform.PscIssuance.Security;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.PscIssuance.Apis;

public static class SubmissionsApi
{
    public static IEndpointRouteBuilder MapSubmissionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/submissions").WithTags("Document submissions");
        api.MapPost("/", SubmitAsync).RequireAuthorization(AccessPolicies.Officer(PscRoles.PscOperator));
        api.MapGet("/{caseId:guid}", GetAsync).RequireAuthorization(AccessPolicies.ApplicantOrOfficer(PscRoles.PscOperator));
        return app;
    }

    static async Task<Results<Created<SubmissionView>, Ok<SubmissionView>, ValidationProblem>> SubmitAsync(
        SubmitDocumentsRequest request, Actor officer, SubmitDocumentsHandler handler, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.CaseId is not { } caseId || caseId == Guid.Empty) errors["caseId"] = ["The case id is required."];
        if (string.IsNullOrWhiteSpace(request.Office) || request.Office.Length > 64) errors["office"] = ["The PSC office's code is required (at most 64 characters)."];
        var kinds = Enum.GetValues<PscDocument>().Length;
        if (request.Documents is null || request.Documents.Any(d => !Enum.IsDefined(d))) errors["documents"] = ["The documents handed over, from ApplicationForm, Passport, Photo, MedicalCertificate, HousingContract."];
        else if (request.Documents.Count > kinds) errors["documents"] = [$"At most {kinds} documents: each kind once."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        CaseTelemetry.TagCase(request.CaseId!.Value);

        var (submission, taken) = await handler.HandleAsync(request.CaseId.Value, request.Office!.Trim(), request.Documents!.ToHashSet(), officer.Iin, cancellationToken);
        var view = SubmissionView.Of(submission);
        return taken ? TypedResults.Created($"/api/submissions/{submission.CaseId}", view) : TypedResults.Ok(view);
    }

    static async Task<Ok<SubmissionView>> GetAsync(Guid caseId, PscIssuanceDbContext db, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.CaseId == caseId, cancellationToken)
            ?? throw CaseNotFound.For("document submission", caseId);
        return TypedResults.Ok(SubmissionView.Of(submission));
    }
}
