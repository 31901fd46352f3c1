using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Approval.Features.ApproveApplication;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Approval.Apis;

public static class RpApplicationsApi
{
    public static IEndpointRouteBuilder MapRpApplicationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/rp-applications").WithTags("Residence-permit applications");
        api.MapGet("/{caseId:guid}", GetAsync);
        api.MapPost("/{caseId:guid}/approval", ApproveAsync).WithTags("Migration officers");
        return app;
    }

    static async Task<Ok<RpApplicationView>> GetAsync(Guid caseId, ApprovalDbContext db, CancellationToken cancellationToken)
    {
        var application = await db.RpApplications.AsNoTracking().SingleOrDefaultAsync(a => a.CaseId == caseId, cancellationToken)
            ?? throw CaseNotFound.For("residence-permit application", caseId);
        return TypedResults.Ok(RpApplicationView.Of(application));
    }

    static async Task<Ok<RpApplicationView>> ApproveAsync(Guid caseId, ApproveApplicationHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(RpApplicationView.Of(await handler.HandleAsync(caseId, cancellationToken)));
}
