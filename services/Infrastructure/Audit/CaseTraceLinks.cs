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
/// Each instance remembers, per case, the trace of the last act it committed and the latest act in another
/// trace, so a step links without a read of the log (a query per commit was 4–9 % of a consuming service's
/// CPU; the last act alone left a read whenever an agency consumed its own event, in the trace of the act
/// that published it). The log is read for a case this instance has not seen since it started, and once more
/// in a case's first trace here, to learn that nothing came before it. Of twin instances each remembers its
/// own acts: a step may link to this instance's earlier act of the case rather than its twin's later one —
/// still a step back along the same case.
/// </remarks>
sealed class CaseTraceLinks
{
    /// <summary>Cases remembered before the memory starts again (about 300 bytes each).</summary>
    const int Capacity = 50_000;

    readonly ConcurrentDictionary<Guid, CaseActs> _acts = new();

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
            var known = _acts.TryGetValue(caseId, out var remembered);
            if (!known || !remembered!.Knows(ownTrace, out var previous))
            {
                previous = await db.Set<AuditEntry>().AsNoTracking()
                    .Where(e => e.CaseId == caseId && e.TraceParent != null && !e.TraceParent.StartsWith(ownTrace))
                    .OrderByDescending(e => e.Id).Select(e => e.TraceParent).FirstOrDefaultAsync(cancellationToken);
                // The case's first trace here: later steps in it need not ask again.
                if (previous is null && known) _acts.TryUpdate(caseId, remembered! with { NothingBefore = true }, remembered!);
            }
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
            if (_acts.Count >= Capacity) _acts.Clear();
            _acts.AddOrUpdate(caseId, static (_, act) => new CaseActs(act, null), static (_, known, act) => known.Then(act), traceParent);
        }
    }

    /// <summary>Acts a save did not commit (it failed, or runs in a caller's transaction); contexts are pooled, so the next scope may get this one.</summary>
    public void Forget(DbContext db) => _saving.Remove(db);

    /// <summary>
    /// A case's last act here (W3C traceparent), the latest act before it in another trace, and whether the log
    /// was found to hold none (the case's first trace here).
    /// </summary>
    sealed record CaseActs(string Last, string? Before, bool NothingBefore = false)
    {
        /// <summary>"00-" and the 32 hex digits of the trace id.</summary>
        const int TracePrefixLength = 35;

        /// <summary>Whether this memory knows the latest act outside the trace <paramref name="tracePrefix"/> ("00-{trace id}-"), and which.</summary>
        public bool Knows(string tracePrefix, out string? act)
        {
            act = Last.StartsWith(tracePrefix, StringComparison.Ordinal) ? Before : Last;
            return act is not null || NothingBefore;
        }

        public CaseActs Then(string act) => SameTrace(act, Last) ? this with { Last = act } : new CaseActs(act, Last);

        static bool SameTrace(string a, string b) =>
            a.Length >= TracePrefixLength && b.Length >= TracePrefixLength && a.AsSpan(0, TracePrefixLength).SequenceEqual(b.AsSpan(0, TracePrefixLength));
    }
}
