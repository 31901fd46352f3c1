using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace NomadPlatform.Infrastructure.Audit;

/// <summary>
/// A case's steps run in traces of their own (an officer's request days later, a message from another
/// agency). The span in which this agency records its part of a case links to the trace of the case's
/// previous act here, so that from any one span an operator walks the case's whole story back to its
/// submission: across agencies the message traces join them, within one the audit log remembers.
/// </summary>
static class CaseTraceLinks
{
    public static async Task LinkAsync(DbContext db, IEnumerable<AuditEntry> added, CancellationToken cancellationToken)
    {
        if (Activity.Current is not { Recorded: true } activity) return;
        var ownTrace = $"00-{activity.TraceId.ToHexString()}-";
        foreach (var caseId in added.Where(e => e.TraceParent is not null).Select(e => e.CaseId).OfType<Guid>().Distinct())
        {
            var previous = await db.Set<AuditEntry>().AsNoTracking()
                .Where(e => e.CaseId == caseId && e.TraceParent != null && !e.TraceParent.StartsWith(ownTrace))
                .OrderByDescending(e => e.Id).Select(e => e.TraceParent).FirstOrDefaultAsync(cancellationToken);
            if (previous is null || !ActivityContext.TryParse(previous, null, out var cause)) continue;
            if (activity.Links.Any(link => link.Context.TraceId == cause.TraceId)) continue;
            activity.AddLink(new ActivityLink(cause));
        }
    }
}
