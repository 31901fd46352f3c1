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

    static Task<List<StageCount>> OpenOfAsync<T>(ServiceDbContext db, CancellationToken cancellationToken) where T : class =>
        db.Set<T>()
            .Where(e => EF.Property<bool>(e, CaseStageColumns.Open))
            .GroupBy(e => EF.Property<string>(e, CaseStageColumns.Stage))
            .Select(g => new StageCount(g.Key, g.LongCount()))
            .ToListAsync(cancellationToken);
}
