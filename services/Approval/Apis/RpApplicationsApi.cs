using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Domain.Refusal;
using NomadPlatform.Approval.Domain.StateDuty;
using NomadPlatform.Approval.Features.ApproveApplication;
using NomadPlatform.Approval.Features.FileRpApplication;
using NomadPlatform.Approval.Features.OfficerWorklist;
using NomadPlatform.Approval.Features.RefuseApplication;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Approval.Security;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Audit;

namespace NomadPlatform.Approval.Apis;

public static class RpApplicationsApi
{
    public static IEndpointRouteBuilder MapRpApplicationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/rp-applications").WithTags("Residence-permit applications");
        var migrationOfficer = AccessPolicies.Officer(ApprovalRoles.MigrationOfficer);
        api.MapGet("/", WorklistAsync).AuditsRead("rp-worklist").WithTags("Migration officers").RequireAuthorization(migrationOfficer);
        api.MapGet("/{caseId:guid}", GetAsync).AuditsRead("rp-application").RequireAuthorization(AccessPolicies.ApplicantOrOfficer(ApprovalRoles.MigrationOfficer));
        api.MapGet("/{caseId:guid}/family-visas", FamilyVisasAsync).AuditsRead("family-visas").WithTags("C2 family visas").RequireAuthorization(AccessPolicies.ApplicantOrOfficer(ApprovalRoles.MigrationOfficer));
        api.MapPost("/{caseId:guid}/filing", FileAsync).RequireAuthorization(AccessPolicies.Applicant);
        api.MapPost("/{caseId:guid}/approval", ApproveAsync).WithTags("Migration officers").RequireAuthorization(migrationOfficer);
        api.MapPost("/{caseId:guid}/refusal", RefuseAsync).WithTags("Migration officers").RequireAuthorization(migrationOfficer);
        app.MapGet("/api/state-duty/{year:int}", (int year, StateDutyTariff tariff) => TypedResults.Ok(tariff.For(year))).WithTags("State duty")
            .RequireAuthorization(AccessPolicies.SignedIn);
        app.MapGet("/api/refusal-grounds", (RefusalGrounds grounds) => TypedResults.Ok(grounds.All)).WithTags("Migration officers")
            .RequireAuthorization(AccessPolicies.SignedIn);
        return app;
    }

    /// <summary>Applications in <paramref name="status"/> (default: under review), the nearest decision date first.</summary>
    static async Task<Results<Ok<List<RpApplicationView>>, ValidationProblem>> WorklistAsync(
        GetWorklistHandler handler, CancellationToken cancellationToken, string? status = null, int limit = 200)
    {
        var wanted = RpApplicationStatus.UnderReview;
        if (status is not null && (!Enum.TryParse(status, ignoreCase: true, out wanted) || int.TryParse(status, out _)))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"One of: {string.Join(", ", Enum.GetNames<RpApplicationStatus>())}."] });
        if (limit is < 1 or > 500)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["From 1 to 500."] });
        return TypedResults.Ok((await handler.HandleAsync(wanted, limit, cancellationToken)).Select(RpApplicationView.Of).ToList());
    }

    static async Task<Ok<RpApplicationView>> GetAsync(Guid caseId, ApprovalDbContext db, CancellationToken cancellationToken)
    {
        var application = await db.RpApplications.AsNoTracking().SingleOrDefaultAsync(a => a.CaseId == caseId, cancellationToken)
            ?? throw CaseNotFound.For("residence-permit application", caseId);
        return TypedResults.Ok(RpApplicationView.Of(application));
    }

    /// <summary>The C2 family visas issued on the principal's case, the earliest first: the principal sees their family's, an officer any case's.</summary>
    static async Task<Ok<List<FamilyVisaView>>> FamilyVisasAsync(Guid caseId, ApprovalDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.FamilyVisas.AsNoTracking().Where(v => v.PrincipalCaseId == caseId).OrderBy(v => v.ValidFrom).ThenBy(v => v.Number).ToListAsync(cancellationToken))
            .Select(FamilyVisaView.Of).ToList());

    /// <summary>The applicant's signed filing (see <see cref="FileRpApplicationRequest"/>); only the case's own applicant files it.</summary>
    static async Task<Results<Ok<RpApplicationView>, ValidationProblem, ProblemHttpResult>> FileAsync(
        Guid caseId, FileRpApplicationRequest request, Actor applicant, FileRpApplicationHandler handler, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (SignedFiling.TryRead(request, caseId, errors) is not { } filing) return TypedResults.ValidationProblem(errors);
        if (!applicant.Is(filing.Iin))
            throw new NotAllowed("approval.not-your-application", $"The filing names another IIN: a person files only their own application, signed with their own key.");
        return TypedResults.Ok(RpApplicationView.Of(await handler.HandleAsync(filing, cancellationToken)));
    }

    static async Task<Ok<RpApplicationView>> ApproveAsync(Guid caseId, Actor officer, ApproveApplicationHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(RpApplicationView.Of(await handler.HandleAsync(caseId, officer.Iin, cancellationToken)));

    static async Task<Ok<RpApplicationView>> RefuseAsync(Guid caseId, RefusalRequest request, Actor officer, RefuseApplicationHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(RpApplicationView.Of(await handler.HandleAsync(caseId, request.Grounds ?? [], officer.Iin, cancellationToken)));
}
