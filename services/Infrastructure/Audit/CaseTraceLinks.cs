using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using System.Runtime.CompilerServices;

namespace NomadPlatform.Infrastructure.Audit;

/// <summary>
/// A case's steps run in traces of their own (an officer's request days later, a message from another
/// agency). The span in which this agency records its part of a case links to the trace of the case's
/// previous act here, so that from any one span an operator walks the case's whole story back to its
/// submission: across agencies the message traces join them, within one the audit log remembers.
/// </summary>
/// <remarks>
/// Each instance remembers the trace of the last act it committed per case, so a step links without a
/// read of the log (a query per commit was 4–9 % of a consuming service's CPU). The log is read for a case
/// this instance has not seen since it started, or whose last act here is in the current trace. Of twin
/// instances each remembers its own acts: a step may link to this instance's earlier act of the case rather
/// than its twin's later one — still a step back along the same case.
/// </remarks>
sealed class CaseTraceLinks
{
    /// <summary>Cases remembered before the memory starts again (about 200 bytes each).</summary>
    const int Capacity = 50_000;

    readonly ConcurrentDictionary<Guid, string> _lastAct = new();

    /// <summary>The acts a context is saving, remembered once the save has committed.</summary>
    readonly ConditionalWeakTable<DbContext, List<(Guid CaseId, string TraceParent)>> _saving = new();

    public async Task LinkAsync(DbContext db, IReadOnlyList<AuditEntry> added, CancellationToken cancellationToken)
    {
        var acts = added.Where(e => e is { CaseId: not null, TraceParent: not null }).Select(e => (CaseId: e.CaseId!.Value, TraceParent: e.TraceParent!)).ToList();
        _saving.AddOrUpdate(db, acts);
        if (Activity.Current is not { Recorded: true } activity) return;
        var ownTrace = $"00-{activity.TraceId.ToHexString()}-";
        foreach (var caseId in acts.Select(a => a.CaseId).Distinct())
        {
            var previous = _lastAct.TryGetValue(caseId, out var remembered) && !remembered.StartsWith(ownTrace, StringComparison.Ordinal)
                ? remembered
                : await db.Set<AuditEntry>().AsNoTracking()
                    .Where(e => e.CaseId == caseId && e.TraceParent != null && !e.TraceParent.StartsWith(ownTrace))
                    .OrderByDescending(e => e.Id).Select(e => e.TraceParent).FirstOrDefaultAsync(cancellationToken);
            if (previous is null || !ActivityContext.TryParse(previous, null, out var cause)) continue;
            if (activity.Links.Any(link => link.Context.TraceId == cause.TraceId)) continue;
            activity.AddLink(new ActivityLink(cause));
        }
    }

    /// <summary>After a commit: the acts it saved are now their cases' last here.</summary>
    public void Committed(DbContext db)
    {
        if (!_saving.TryGetValue(db, out var acts)) return;
        _saving.Remove(db);
        foreach (var (caseId, traceParent) in acts)
        {
            if (_lastAct.Count >= Capacity) _lastAct.Clear();
            _lastAct[caseId] = traceParent;
        }
    }

    /// <summary>Acts a save did not commit (it failed, or runs in a caller's transaction); contexts are pooled, so the next scope may get this one.</summary>
    public void Forget(DbContext db) => _saving.Remove(db);
}
