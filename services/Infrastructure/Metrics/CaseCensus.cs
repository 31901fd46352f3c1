using System.Reflection;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Infrastructure.Metrics;

/// <summary>What the gauges report, read from the agency's own tables with indexed queries.</summary>
public static class CaseCensus
{
    static readonly MethodInfo OpenOf = typeof(CaseCensus).GetMethod(nameof(OpenOfAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Cases in an open stage, per stage, across every staged record the agency keeps.</summary>
    public static async Task<Dictionary<string, long>> OpenByStageAsync(ServiceDbContext db, CancellationToken cancellationToken)
    {
        var open = new Dictionary<string, long>();
        foreach (var type in db.Model.GetEntityTypes().Where(t => !t.IsOwned() && typeof(IStagedCase).IsAssignableFrom(t.ClrType)))
        {
            var counts = await (Task<List<StageCount>>)OpenOf.MakeGenericMethod(type.ClrType).Invoke(null, [db, cancellationToken])!;
            foreach (var count in counts) open[count.Stage] = open.GetValueOrDefault(count.Stage) + count.Cases;
        }
        return open;
    }

    /// <summary>Messages committed and not yet published, and how long the oldest of them has waited.</summary>
    public static async Task<(long Pending, TimeSpan Oldest)> OutboxAsync(ServiceDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var waiting = db.OutboxMessages.Where(m => m.DeliveredAt == null);
        var pending = await waiting.LongCountAsync(cancellationToken);
        var oldest = await waiting.OrderBy(m => m.SequenceNumber).Select(m => (DateTimeOffset?)m.EnqueuedAt).FirstOrDefaultAsync(cancellationToken);
        return (pending, oldest is { } enqueuedAt ? now - enqueuedAt : TimeSpan.Zero);
    }

    /// <summary>The records of one staged type open in one of <paramref name="stages"/>, with when they entered it.</summary>
    public static async Task<List<(Guid CaseId, string Stage, DateTimeOffset EnteredAt)>> InStagesAsync(ServiceDbContext db, Type staged,
        IReadOnlyCollection<string> stages, DateTimeOffset enteredBefore, CancellationToken cancellationToken) =>
        await (Task<List<(Guid, string, DateTimeOffset)>>)InStagesOf.MakeGenericMethod(staged).Invoke(null, [db, stages, enteredBefore, cancellationToken])!;

    static readonly MethodInfo InStagesOf = typeof(CaseCensus).GetMethod(nameof(InStagesOfAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    static async Task<List<(Guid, string, DateTimeOffset)>> InStagesOfAsync<T>(ServiceDbContext db, IReadOnlyCollection<string> stages,
        DateTimeOffset enteredBefore, CancellationToken cancellationToken) where T : class
    {
        var rows = await db.Set<T>()
            .Where(e => EF.Property<bool>(e, CaseStageColumns.Open) && stages.Contains(EF.Property<string>(e, CaseStageColumns.Stage))
                && EF.Property<DateTimeOffset?>(e, CaseStageColumns.EnteredAt) <= enteredBefore)
            .Select(e => new { CaseId = EF.Property<Guid>(e, "CaseId"), Stage = EF.Property<string>(e, CaseStageColumns.Stage),
                EnteredAt = EF.Property<DateTimeOffset?>(e, CaseStageColumns.EnteredAt) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.CaseId, r.Stage, r.EnteredAt!.Value)).ToList();
    }

    static Task<List<StageCount>> OpenOfAsync<T>(ServiceDbContext db, CancellationToken cancellationToken) where T : class =>
        db.Set<T>()
            .Where(e => EF.Property<bool>(e, CaseStageColumns.Open))
            .GroupBy(e => EF.Property<string>(e, CaseStageColumns.Stage))
            .Select(g => new StageCount(g.Key, g.LongCount()))
            .ToListAsync(cancellationToken);
}
