using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Staff;

namespace NomadPlatform.Infrastructure.Audit;

/// <summary>
/// A person's own view of this agency's audit log, as Estonia's data tracker shows it: every time
/// someone other than them read or changed their data here — when, in which role, what was done and to
/// which record. Officers' IINs are not shown; the agency's auditors (staff role <c>Auditor</c>) see
/// those, and every entry of a case or a person, the services' own included.
/// </summary>
public static class AuditApi
{
    public sealed record AccessView(DateTimeOffset At, string Role, string Action, Guid? CaseId, string What, string? Reason);

    /// <summary>An entry as the agency's auditor sees it: who exactly, and where it stands in the chain and the telemetry.</summary>
    public sealed record AuditorView(long Id, long? ChainIndex, DateTimeOffset At, string Actor, string Role, string Action, Guid? CaseId,
        string? SubjectIin, string What, string? Reason, string? TraceParent);

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/persons/{iin}/accesses", AccessesAsync).WithTags("Audit").RequireAuthorization(AccessPolicies.Applicant);
        // The auditors' own reads are reads of personal data too, and are logged like any other.
        var auditors = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(AccessPolicies.Officer(StaffRoleCatalogue.Auditor));
        auditors.MapGet("/cases/{caseId:guid}", CaseEntriesAsync).AuditsRead("audit-log");
        auditors.MapGet("/persons/{iin}", PersonEntriesAsync).AuditsRead("audit-log");
        return app;
    }

    static async Task<Ok<List<AuditorView>>> CaseEntriesAsync(Guid caseId, ServiceDbContext db, CancellationToken cancellationToken, long after = 0) =>
        TypedResults.Ok(await AuditorViewOf(db.AuditLog.Where(e => e.CaseId == caseId && e.Id > after)).ToListAsync(cancellationToken));

    static async Task<Ok<List<AuditorView>>> PersonEntriesAsync(string iin, ServiceDbContext db, CancellationToken cancellationToken, long after = 0) =>
        TypedResults.Ok(await AuditorViewOf(db.AuditLog.Where(e => e.SubjectIin == iin && e.Id > after)).ToListAsync(cancellationToken));

    /// <summary>Oldest first, at most 1,000 at a time: <c>after</c> the last id seen pages on.</summary>
    static IQueryable<AuditorView> AuditorViewOf(IQueryable<AuditEntry> entries) => entries.AsNoTracking()
        .OrderBy(e => e.Id).Take(1000)
        .Select(e => new AuditorView(e.Id, e.ChainIndex, e.At, e.Actor, e.ActorRole, e.Action, e.CaseId, e.SubjectIin, e.What, e.Reason, e.TraceParent));

    static async Task<Ok<List<AccessView>>> AccessesAsync(string iin, ServiceDbContext db, CancellationToken cancellationToken, int limit = 200) =>
        TypedResults.Ok(await db.AuditLog.AsNoTracking()
            .Where(e => e.SubjectIin == iin && e.ActorRole != AuditActor.ApplicantRole && e.ActorRole != AuditActor.SystemRole)
            .OrderByDescending(e => e.Id).Take(Math.Clamp(limit, 1, 1000))
            .Select(e => new AccessView(e.At, e.ActorRole, e.Action, e.CaseId, e.What, e.Reason))
            .ToListAsync(cancellationToken));
}
