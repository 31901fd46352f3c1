using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Security;

namespace NomadPlatform.Infrastructure.Audit;

/// <summary>
/// A person's own view of this agency's audit log, as Estonia's data tracker shows it: every time
/// someone other than them read or changed their data here — when, in which role, what was done and to
/// which record. Officers' IINs are not shown; the agency's auditors see those.
/// </summary>
public static class AuditApi
{
    public sealed record AccessView(DateTimeOffset At, string Role, string Action, Guid? CaseId, string What);

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/persons/{iin}/accesses", AccessesAsync).WithTags("Audit").RequireAuthorization(AccessPolicies.Applicant);
        return app;
    }

    static async Task<Ok<List<AccessView>>> AccessesAsync(string iin, ServiceDbContext db, CancellationToken cancellationToken, int limit = 200) =>
        TypedResults.Ok(await db.AuditLog.AsNoTracking()
            .Where(e => e.SubjectIin == iin && e.ActorRole != AuditActor.ApplicantRole && e.ActorRole != AuditActor.SystemRole)
            .OrderByDescending(e => e.Id).Take(Math.Clamp(limit, 1, 1000))
            .Select(e => new AccessView(e.At, e.ActorRole, e.Action, e.CaseId, e.What))
            .ToListAsync(cancellationToken));
}
