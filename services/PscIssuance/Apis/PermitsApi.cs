using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.PscIssuance.Features.IssuePermit;
using NomadPlatform.PscIssuance.Infrastructure;
using NomadPlatform.PscIssuance.Security;
using NomadPlatform.ServiceDefaults;
using NomadPlatform.Infrastructure.Audit;

namespace NomadPlatform.PscIssuance.Apis;

public static class PermitsApi
{
    public static IEndpointRouteBuilder MapPermitsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/permits").WithTags("Residence permits");
        api.MapPost("/", IssueAsync).RequireAuthorization(AccessPolicies.Officer(PscRoles.PscOperator));
        api.MapGet("/{caseId:guid}", GetAsync).AuditsRead("permit").RequireAuthorization(AccessPolicies.ApplicantOrOfficer(PscRoles.PscOperator));
        return app;
    }

    static async Task<Results<Created<PermitView>, Ok<PermitView>, ValidationProblem>> IssueAsync(
        IssuePermitRequest request, Actor officer, IssuePermitHandler handler, CancellationToken cancellationToken)
    {
        if (request.CaseId is not { } caseId || caseId == Guid.Empty)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["caseId"] = ["The case id is required."] });
        CaseTelemetry.TagCase(caseId);

        var (permit, issued) = await handler.HandleAsync(caseId, officer.Iin, cancellationToken);
        return issued ? TypedResults.Created($"/api/permits/{caseId}", PermitView.Of(permit)) : TypedResults.Ok(PermitView.Of(permit));
    }

    static async Task<Ok<PermitView>> GetAsync(Guid caseId, PscIssuanceDbContext db, CancellationToken cancellationToken)
    {
        var permit = await db.Permits.AsNoTracking().SingleOrDefaultAsync(p => p.CaseId == caseId, cancellationToken)
            ?? throw CaseNotFound.For("residence permit", caseId);
        return TypedResults.Ok(PermitView.Of(permit));
    }
}
