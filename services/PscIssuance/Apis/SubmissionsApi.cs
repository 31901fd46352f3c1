using NomadPlatform.PscIssuance.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.PscIssuance.Features.SubmitDocuments;
using NomadPlatform.PscIssuance.Infrastructure;
using NomadPlatform.PscIssuance.Security;
using NomadPlatform.ServiceDefaults;
using NomadPlatform.Infrastructure.Audit;

namespace NomadPlatform.PscIssuance.Apis;

public static class SubmissionsApi
{
    public static IEndpointRouteBuilder MapSubmissionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/submissions").WithTags("Document submissions");
        api.MapGet("/", ListAsync).AuditsRead("psc-submissions").RequireAuthorization(AccessPolicies.Officer(PscRoles.PscOperator));
        api.MapPost("/", SubmitAsync).RequireAuthorization(AccessPolicies.Officer(PscRoles.PscOperator));
        api.MapGet("/{caseId:guid}", GetAsync).AuditsRead("psc-submission").RequireAuthorization(AccessPolicies.ApplicantOrOfficer(PscRoles.PscOperator));
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

    /// <summary>Submissions whose permit is <c>pending</c> (the oldest first) or <c>issued</c> (the latest first).</summary>
    static async Task<Results<Ok<List<SubmissionRow>>, ValidationProblem>> ListAsync(
        PscIssuanceDbContext db, CancellationToken cancellationToken, string permit = "pending", int limit = 200)
    {
        if (permit is not ("pending" or "issued"))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["permit"] = ["pending or issued."] });
        if (limit is < 1 or > 500)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["From 1 to 500."] });
        var pending = permit == "pending";
        var joined =
            from s in db.Submissions.AsNoTracking()
            join p in db.Permits.AsNoTracking() on s.CaseId equals p.CaseId into permits
            from p in permits.DefaultIfEmpty()
            where (p == null) == pending
            select new { s, p };
        var ordered = pending ? joined.OrderBy(r => r.s.SubmittedAt) : joined.OrderByDescending(r => r.s.SubmittedAt);
        var listed = ordered.Select(r => new SubmissionRow(r.s.CaseId, r.s.Iin, r.s.Office, r.s.SubmittedAt, r.p == null ? null : r.p.PermitNumber, r.p == null ? null : r.p.IssuedAt));
        return TypedResults.Ok(await listed.Take(limit).ToListAsync(cancellationToken));
    }

    static async Task<Ok<SubmissionView>> GetAsync(Guid caseId, PscIssuanceDbContext db, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.CaseId == caseId, cancellationToken)
            ?? throw CaseNotFound.For("document submission", caseId);
        return TypedResults.Ok(SubmissionView.Of(submission));
    }
}
