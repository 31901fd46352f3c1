using Microsoft.EntityFrameworkCore;
using NomadPlatform.Calendar;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Metrics;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Infrastructure.Risk;

/// <summary>
/// One look at the agency's cases: those in a stage with a legal deadline and no progress for
/// <see cref="RiskOptions.Share"/> of its time, and those a failed message is about. A new risk is raised
/// (its event through the outbox); a risk whose cause is gone is cleared.
/// </summary>
public sealed class CaseRiskScan(ServiceDbContext db, StageDeadlines deadlines, KazakhstanCalendar calendar, string agency, double share)
{
    public async Task<(List<CaseRisk> Open, List<CaseRisk> Raised)> RunAsync(IReadOnlyList<FailedMessage> failed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(Guid, CaseRiskKind, string), (DateTimeOffset? DueAt, string Reason)>();
        foreach (var (caseId, stage, enteredAt) in await OpenStagesAsync(now, cancellationToken))
        {
            if (!deadlines.ByStage.TryGetValue(stage, out var deadline)) continue;
            var dueAt = deadline.BusinessDays ? calendar.DeadlineAfter(enteredAt, deadline.Days) : enteredAt.AddDays(deadline.Days);
            if (now - enteredAt < (dueAt - enteredAt) * share) continue;
            found[(caseId, CaseRiskKind.StageStalled, stage)] =
                (dueAt, $"No progress in {stage} since {enteredAt:yyyy-MM-dd HH:mm} UTC; {deadline.Law} ends {dueAt:yyyy-MM-dd HH:mm} UTC.");
        }
        foreach (var message in failed.Where(m => m.CaseId is not null))
            found[(message.CaseId!.Value, CaseRiskKind.MessageFailed, message.MessageId)] =
                (null, $"{message.MessageType} in {message.Queue}: {message.Reason}");

        var open = await db.Set<CaseRisk>().Where(r => r.ClearedAt == null).ToListAsync(cancellationToken);
        foreach (var risk in open.Where(r => !found.ContainsKey((r.CaseId, r.Kind, r.Subject)))) risk.Clear(now);
        var known = open.Select(r => (r.CaseId, r.Kind, r.Subject)).ToHashSet();
        var raised = found.Where(f => !known.Contains(f.Key))
            .Select(f => CaseRisk.Raise(agency, f.Key.Item1, f.Key.Item2, f.Key.Item3, f.Value.DueAt, f.Value.Reason, now))
            .ToList();
        db.AddRange(raised);
        await db.SaveChangesAsync(cancellationToken);
        return ([.. open.Where(r => r.ClearedAt is null), .. raised], raised);
    }

    /// <summary>Only records old enough to be at risk: a business-day deadline is never shorter than as many calendar days.</summary>
    async Task<List<(Guid CaseId, string Stage, DateTimeOffset EnteredAt)>> OpenStagesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stages = deadlines.ByStage.Keys.ToList();
        var open = new List<(Guid, string, DateTimeOffset)>();
        if (stages.Count == 0) return open;
        var enteredBefore = now - TimeSpan.FromDays(deadlines.ByStage.Values.Min(d => d.Days) * share);
        foreach (var type in db.Model.GetEntityTypes().Where(t => !t.IsOwned() && typeof(IStagedCase).IsAssignableFrom(t.ClrType)))
            open.AddRange(await CaseCensus.InStagesAsync(db, type.ClrType, stages, enteredBefore, cancellationToken));
        return open;
    }
}
