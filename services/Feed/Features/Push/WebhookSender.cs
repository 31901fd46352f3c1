using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NomadPlatform.Feed.Domain;
using NomadPlatform.Feed.Features.Read;
using NomadPlatform.Feed.Features.Record;
using NomadPlatform.Feed.Infrastructure;
using NomadPlatform.Infrastructure.Outbox;

namespace NomadPlatform.Feed.Features.Push;

/// <summary>
/// Pushes each active subscription's next events to its endpoint, one at a time in position order,
/// saving the position after each delivery (at least once: a partner deduplicates by the CloudEvents
/// id). Woken by each recorded event, and every <see cref="WebhookOptions.PollInterval"/> for retries (and
/// for events a twin instance recorded). Of twin instances, the one holding the webhooks' lease sends,
/// renewing it before each subscription (a delivery may take up to <see cref="WebhookOptions.Timeout"/>).
/// </summary>
public sealed class WebhookSender(
    IServiceScopeFactory scopes, FeedSignal signal, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookSender> logger)
    : BackgroundService
{
    // Its own client, not the factory's: no service discovery (a partner's URL must never reach the
    // platform's own services by name), no automatic retries (the subscription's backoff decides), no redirects.
    readonly HttpClient _client = new(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = options.Value.Timeout,
    };

    public const string SignatureHeader = "Nomad-Signature";
    public const string PositionHeader = "Nomad-Feed-Position";
    const int Batch = 100;

    readonly SingleInstanceWork _lease = new("webhooks", SingleInstanceWork.HoldForRounds(options.Value.Timeout), scopes, time);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var recorded = signal.NextAsync;
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break; // stopping: the lease is released below, for a twin to take over at once
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                WebhookLog.RoundFailed(logger, exception);
            }
            if (await Task.WhenAny(recorded, Task.Delay(options.Value.PollInterval, stoppingToken)) == recorded)
                await Task.Delay(options.Value.Gather, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        await _lease.ReleaseAsync();
    }

    async Task SendDueAsync(CancellationToken cancellationToken)
    {
        if (!await _lease.HoldAsync(cancellationToken)) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedDbContext>();
        var now = time.GetUtcNow();
        var due = (await db.Webhooks.Where(w => w.Status == WebhookStatus.Active).ToListAsync(cancellationToken)).Where(w => w.Due(now));
        foreach (var subscription in due)
        {
            if (!await _lease.HoldAsync(cancellationToken)) return;
            await SendAsync(scope.ServiceProvider, db, subscription, cancellationToken);
        }
    }

    async Task SendAsync(IServiceProvider services, FeedDbContext db, WebhookSubscription subscription, CancellationToken cancellationToken)
    {
        var granted = await services.GetRequiredService<PartnerRights>().OfAsync(subscription.PartnerBin, cancellationToken) ?? new Dictionary<string, IReadOnlySet<string>>();
        var types = granted.Keys.ToList();
        var newest = await db.Entries.MaxAsync(e => (long?)e.Position, cancellationToken) ?? 0;
        var entries = types.Count == 0 ? [] : await db.Entries.AsNoTracking()
            .Where(e => e.Position > subscription.Position && e.Position <= newest && types.Contains(e.Type))
            .OrderBy(e => e.Position).Take(Batch).ToListAsync(cancellationToken);
        var signer = services.GetRequiredService<EventSigner>();
        var agencies = services.GetRequiredService<AgencyDirectory>();
        var publicUrl = services.GetRequiredService<IOptions<FeedOptions>>().Value.PublicUrl
            ?? throw new InvalidOperationException("Feed:PublicUrl is required to push events (their dataschema names it).");

        foreach (var entry in entries)
        {
            var served = ServedEvent.Encode(entry, granted[entry.Type], agencies.BinOf(entry.Agency), publicUrl);
            var error = await PostAsync(_client, subscription.Url, entry.Position, served, await signer.SignAsync(served, cancellationToken), cancellationToken);
            if (error is not null)
            {
                subscription.Failed(error, time.GetUtcNow(), options.Value.RetryFor, options.Value.LongestWait);
                await db.SaveChangesAsync(cancellationToken);
                WebhookLog.DeliveryFailed(logger, subscription.PartnerBin, entry.Position, subscription.Status, error);
                return;
            }
            subscription.Delivered(entry.Position, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        // Past the events of types it was not granted, so they are not looked at again.
        if (entries.Count < Batch && newest > subscription.Position)
        {
            subscription.Delivered(newest, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    static async Task<string?> PostAsync(HttpClient client, string url, long position, byte[] served, byte[] signature, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(served);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/cloudevents+json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Add(SignatureHeader, Convert.ToBase64String(signature));
        request.Headers.Add(PositionHeader, position.ToString(CultureInfo.InvariantCulture));
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? null : $"The endpoint answered {(int)response.StatusCode} to the event at position {position}.";
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return $"The endpoint could not be reached for the event at position {position}: {exception.Message}";
        }
    }

    public override void Dispose()
    {
        _client.Dispose();
        base.Dispose();
    }
}
