using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NomadPlatform.Feed.Domain;
using NomadPlatform.Feed.Features.Record;
using NomadPlatform.Feed.Infrastructure;

namespace NomadPlatform.Feed.Features.Read;

/// <summary>A partner's read: after a position (or since a time), of some of its granted types, waiting up to <see cref="Wait"/> for the next.</summary>
public sealed record FeedQuery(long After, DateTimeOffset? Since, IReadOnlyCollection<string> Types, int Limit, TimeSpan Wait);

/// <summary>The entries read, the position to read after next time, and the log's newest position.</summary>
public sealed record FeedPage(IReadOnlyList<FeedEntry> Entries, long Next, long Newest);

/// <summary>
/// Reads the log in position order. A read that finds nothing waits (long polling) until an event is
/// recorded here or, for an event recorded by another instance, the next look a second later. Woken by
/// an event, it gathers for <see cref="FeedOptions.Gather"/> before reading: events come in bursts (a
/// step's event and the reactions to it), and a read per event was a tenth of the feed's CPU under load.
/// </summary>
public sealed class FeedReader(FeedDbContext db, FeedSignal signal, IOptions<FeedOptions> options, TimeProvider time)
{
    static readonly TimeSpan LookAgain = TimeSpan.FromSeconds(1);

    public async Task<FeedPage> ReadAsync(FeedQuery query, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (true)
        {
            var recorded = signal.NextAsync;
            var newest = await db.Entries.MaxAsync(e => (long?)e.Position, cancellationToken) ?? 0;
            // Up to the newest position read first: an event recorded meanwhile is for the next read, never skipped.
            var entries = query.Types.Count == 0 ? [] : await db.Entries.AsNoTracking()
                .Where(e => e.Position > query.After && e.Position <= newest && query.Types.Contains(e.Type))
                .Where(e => query.Since == null || e.RecordedAt >= query.Since)
                .OrderBy(e => e.Position)
                .Take(query.Limit)
                .ToListAsync(cancellationToken);
            var remaining = query.Wait - time.GetElapsedTime(started);
            if (entries.Count > 0 || remaining <= TimeSpan.Zero)
                return new FeedPage(entries, entries.Count == query.Limit ? entries[^1].Position : Math.Max(newest, query.After), newest);
            var woken = await Task.WhenAny(recorded, Task.Delay(Shortest(remaining, LookAgain), time, cancellationToken)) == recorded;
            cancellationToken.ThrowIfCancellationRequested();
            var gather = Shortest(options.Value.Gather, query.Wait - time.GetElapsedTime(started));
            if (woken && gather > TimeSpan.Zero) await Task.Delay(gather, time, cancellationToken);
        }
    }

    static TimeSpan Shortest(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
