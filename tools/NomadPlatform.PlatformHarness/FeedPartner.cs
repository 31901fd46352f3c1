using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace NomadPlatform.PlatformHarness;

/// <summary>A partner organisation registered with the national CA, as the AppHost's <c>Partners</c> configuration names it.</summary>
public sealed record PartnerOrganisation(string Key, string Bin, string Name)
{
    public static readonly PartnerOrganisation Bank = new("bank", "920140000103", "Steppe Partner Bank JSC");
    public static readonly PartnerOrganisation Employer = new("employer", "051240000107", "Steppe Software LLP");

    public static readonly PartnerOrganisation[] All = [Bank, Employer];
}

/// <summary>One event as a partner read it: its position, the CloudEvent, its exact bytes and the feed's detached CMS signature over them.</summary>
public sealed record FeedItem(long Position, JsonElement Event, byte[] EventBytes, byte[] Signature)
{
    public string Id => Event.GetProperty("id").GetString()!;
    public string Type => Event.GetProperty("type").GetString()!;
    public string Subject => Event.GetProperty("subject").GetString()!;
    public JsonElement Data => Event.GetProperty("data");
}

/// <summary>A partner's system: enrolled with the national CA by its own key, signed in to the feed with client credentials.</summary>
public sealed class FeedPartner(LocalPlatform platform, AgencySystem system) : IDisposable
{
    public string Bin => system.Bin;

    public static async Task<FeedPartner> EnrolAsync(LocalPlatform platform, PartnerOrganisation organisation) =>
        new(platform, await AgencySystem.EnrolAsync(platform, "feed", organisation.Bin));

    /// <summary>The feed's operator registers <paramref name="organisation"/> and grants it every event type with every field.</summary>
    public static async Task GrantEverythingAsync(LocalPlatform platform, PartnerOrganisation organisation)
    {
        using var feed = platform.Client("feed");
        var types = (await feed.GetFromJsonAsync<JsonElement>("/feed/types")).EnumerateArray().Select(type =>
            (type.GetProperty("type").GetString()!, type.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToArray()));
        await GrantAsync(platform, organisation, [.. types]);
    }

    /// <summary>The feed's operator registers <paramref name="organisation"/> (again: no change) and grants it these types, each with the fields of its view.</summary>
    public static async Task GrantAsync(LocalPlatform platform, PartnerOrganisation organisation, params (string Type, string[] Fields)[] grants)
    {
        var registrar = await platform.Staff.OfficerAsync("feed", "PartnerRegistrar");
        using var feed = platform.Client("feed");
        await AsRegistrarAsync(feed, registrar, HttpMethod.Post, "/api/partners", new { bin = organisation.Bin, name = organisation.Name });
        foreach (var (type, fields) in grants)
            await AsRegistrarAsync(feed, registrar, HttpMethod.Put, $"/api/partners/{organisation.Bin}/grants/{type}", new { fields });
    }

    static async Task AsRegistrarAsync(HttpClient feed, SignedInUser registrar, HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        await registrar.AuthorizeAsync(request);
        using var response = await feed.SendAsync(request);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{method} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery) => SendAsync(HttpMethod.Get, pathAndQuery, null);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string pathAndQuery, object? body)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery);
        if (body is not null) request.Content = JsonContent.Create(body);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await system.TokenForAsync("feed"));
        using var feed = platform.Client("feed");
        feed.Timeout = TimeSpan.FromSeconds(60);
        return await feed.SendAsync(request);
    }

    /// <summary>The events after <paramref name="after"/>; with <paramref name="wait"/>, an empty read waits for the next.</summary>
    public async Task<(List<FeedItem> Items, long Next, long Newest)> ReadAsync(long after, int wait = 0, string? types = null, int limit = 500)
    {
        using var response = await GetAsync($"/feed?after={after}&wait={wait}&limit={limit}{(types is null ? "" : $"&types={types}")}");
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new HttpRequestException($"The feed answered {(int)response.StatusCode}: {body}", null, response.StatusCode);
        using var document = JsonDocument.Parse(body);
        var items = document.RootElement.GetProperty("events").EnumerateArray().Select(item =>
        {
            var served = item.GetProperty("event");
            return new FeedItem(item.GetProperty("position").GetInt64(), served.Clone(), Encoding.UTF8.GetBytes(served.GetRawText()),
                item.GetProperty("signature").GetBytesFromBase64());
        }).ToList();
        return (items, document.RootElement.GetProperty("next").GetInt64(), long.Parse(response.Headers.GetValues("Nomad-Feed-Newest-Position").Single()));
    }

    /// <summary>Reads on from <paramref name="after"/> until <paramref name="done"/> holds for what was read of the case (each read waits up to 5 s).</summary>
    public async Task<List<FeedItem>> CatchUpAsync(long after, Guid caseId, Func<IReadOnlyList<FeedItem>, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        var read = new List<FeedItem>();
        while (true)
        {
            var (items, next, _) = await ReadAsync(after, wait: 5);
            read.AddRange(items.Where(i => i.Subject == caseId.ToString()));
            after = next;
            if (done(read)) return read;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The feed did not deliver the case's events in time; read: {string.Join(", ", read.Select(i => i.Type))}");
        }
    }

    /// <summary>
    /// Follows the log from <paramref name="after"/> with long polling until <paramref name="stop"/>, handing each
    /// non-empty read to <paramref name="received"/>; a failed read (the feed, Identity or the broker being
    /// restarted, a token outlived by a moved clock, a request out of time, the client's circuit open after such
    /// failures) is tried again after half a second; one failing after the stop ends the follow.
    /// </summary>
    public async Task FollowAsync(long after, Action<IReadOnlyList<FeedItem>> received, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var (items, next, _) = await ReadAsync(after, wait: 5);
                if (items.Count > 0) received(items);
                after = next;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or InvalidOperationException
                or Polly.ExecutionRejectedException)
            {
                if (stop.IsCancellationRequested) return;
                await Task.Delay(500, CancellationToken.None);
            }
        }
    }

    public void Dispose() => system.Dispose();
}
