using System.Collections.Concurrent;
using System.Text.Json;

namespace NomadPlatform.PlatformHarness.Faults;

/// <summary>
/// A partner reading through the feed both ways, granted every type: one reader pulls with long
/// polling (reading on after any failure: the feed or the broker may be down), and its webhook endpoint
/// receives the pushes. Each keeps every copy (CloudEvents id, event, case) as a partner would log them.
/// </summary>
public sealed class FeedObserver : IAsyncDisposable
{
    public sealed record Copy(string Id, string EventType, Guid CaseId);

    readonly ConcurrentQueue<Copy> _pulled = new();
    readonly CancellationTokenSource _stop = new();
    readonly FeedPartner _partner;
    readonly PartnerEndpoint _endpoint;
    Task _pulling = Task.CompletedTask;

    FeedObserver(FeedPartner partner, PartnerEndpoint endpoint) => (_partner, _endpoint) = (partner, endpoint);

    public IReadOnlyList<Copy> Pulled => [.. _pulled];

    public IReadOnlyList<Copy> Pushed => [.. _endpoint.Received.Select(r => Read(r.Event))];

    /// <summary>Subscribes both ways from the log's newest position, before the first case starts.</summary>
    public static async Task<FeedObserver> StartAsync(LocalPlatform platform)
    {
        await FeedPartner.GrantEverythingAsync(platform, PartnerOrganisation.Bank);
        var observer = new FeedObserver(await FeedPartner.EnrolAsync(platform, PartnerOrganisation.Bank), await PartnerEndpoint.StartAsync());
        observer._endpoint.Up = true;
        var after = (await observer._partner.ReadAsync(0, limit: 1)).Newest;
        using (var subscribed = await observer._partner.SendAsync(HttpMethod.Put, "/feed/webhook", new { url = observer._endpoint.Url, after }))
            subscribed.EnsureSuccessStatusCode();
        observer._pulling = Task.Run(() => observer._partner.FollowAsync(after,
            items => { foreach (var item in items) observer._pulled.Enqueue(Read(item.EventBytes)); }, observer._stop.Token));
        return observer;
    }

    /// <summary>The event's contract name (<c>kz.nomad.hub-intake.application-submitted.v1</c> → <c>ApplicationSubmitted</c>).</summary>
    static Copy Read(byte[] cloudEvent)
    {
        using var document = JsonDocument.Parse(cloudEvent);
        var root = document.RootElement;
        var name = root.GetProperty("type").GetString()!.Split('.')[^2];
        var pascal = string.Concat(name.Split('-').Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
        return new Copy(root.GetProperty("id").GetString()!, pascal, Guid.Parse(root.GetProperty("subject").GetString()!));
    }

    /// <summary>
    /// Ends the webhook subscription, trying again while the run's last fault settles; an unsubscription that
    /// still fails is left (the platform is torn down next) rather than hiding what the run found.
    /// </summary>
    async Task UnsubscribeAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using (await _partner.SendAsync(HttpMethod.Delete, "/feed/webhook", null)) return;
            }
            catch (Exception exception) when (ResilientSteps.Transient(exception))
            {
                if (attempt == 5) return;
                await Task.Delay(TimeSpan.FromSeconds(2));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _pulling;
        await UnsubscribeAsync();
        _partner.Dispose();
        await _endpoint.DisposeAsync();
        _stop.Dispose();
    }
}
