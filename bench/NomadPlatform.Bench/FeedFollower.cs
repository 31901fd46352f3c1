using System.Diagnostics;
using System.Text.Json;
using NomadPlatform.PlatformHarness;

namespace NomadPlatform.Bench;

public sealed record FeedResult(int EventsReceived, double LagP50Ms, double LagP99Ms, int LagsLeftOut, int ReplayedEvents, double ReplayEventsPerSecond);

/// <summary>
/// A partner granted every event type and field, following the feed with long polling while the cases
/// run: each event's lag from the agency's commit (its CloudEvents time, on the platform's clock) to its
/// receipt; then a replay of the whole log from position 0, every event signed, as fast as it is served.
/// </summary>
public sealed class FeedFollower(LocalPlatform platform) : IAsyncDisposable
{
    readonly CancellationTokenSource _stop = new();
    readonly List<double> _lags = [];
    FeedPartner? _partner;
    Task _following = Task.CompletedTask;
    int _received;
    long _lastReceipt = Stopwatch.GetTimestamp();
    int _leftOut;
    // The platform's clock after its last move (ticks): a lag across a move would count the move.
    long _clockMovedTo = DateTimeOffset.MinValue.UtcTicks;

    public async Task StartAsync()
    {
        platform.ClockMoving += to =>
        {
            Interlocked.Exchange(ref _clockMovedTo, to.UtcTicks);
            return Task.CompletedTask;
        };
        await FeedPartner.GrantEverythingAsync(platform, PartnerOrganisation.Bank);
        _partner = await FeedPartner.EnrolAsync(platform, PartnerOrganisation.Bank);
        var after = (await _partner.ReadAsync(0, limit: 1)).Newest;
        _following = Task.Run(() => _partner.FollowAsync(after, Receive, _stop.Token));
    }

    void Receive(IReadOnlyList<FeedItem> items)
    {
        var now = platform.Now;
        var movedTo = new DateTimeOffset(Interlocked.Read(ref _clockMovedTo), TimeSpan.Zero);
        lock (_lags)
            foreach (var item in items)
            {
                var committed = item.Event.GetProperty("time").GetDateTimeOffset();
                if (committed < movedTo) _leftOut++;
                else _lags.Add((now - committed).TotalMilliseconds);
            }
        Interlocked.Exchange(ref _lastReceipt, Stopwatch.GetTimestamp());
        Interlocked.Add(ref _received, items.Count);
    }

    /// <summary>Waits until no event has arrived for <paramref name="quiet"/>, stops following, then replays the log.</summary>
    public async Task<FeedResult> FinishAsync(TimeSpan quiet)
    {
        while (Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastReceipt)) < quiet) await Task.Delay(500);
        await _stop.CancelAsync();
        await _following;

        var replay = Stopwatch.StartNew();
        var replayed = 0;
        for (long after = 0; ;)
        {
            var (items, next, _) = await _partner!.ReadAsync(after, limit: 500);
            if (items.Count == 0) break;
            replayed += items.Count;
            after = next;
        }
        replay.Stop();

        var lags = _lags.Order().ToList();
        return new FeedResult(_received, Percentiles.Of(lags, 50), Percentiles.Of(lags, 99), _leftOut, replayed, replayed / replay.Elapsed.TotalSeconds);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _partner?.Dispose();
        _stop.Dispose();
    }
}
