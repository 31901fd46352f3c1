using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace NomadPlatform.SamplePartner;

/// <summary>An event whose signature or signer does not hold: it is not taken, and reading stops before it.</summary>
public sealed class UntrustedEvent(long position, string problem) : Exception($"The event at position {position} is refused: {problem}")
{
    public long Position { get; } = position;
}

/// <summary>Reads the feed from the stored position: verifies each event, takes it once, prints the case's progress, saves the position.</summary>
public sealed class PartnerFeed(HttpClient feed, HttpClient identity, PartnerSystem system, EventVerifier verifier, PartnerStore store, TimeProvider time, TextWriter output)
{
    /// <summary>One read (waiting up to <paramref name="wait"/> seconds for the next event); the number of new events taken.</summary>
    public async Task<int> PullOnceAsync(int wait, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"feed?after={store.Position}&wait={wait}&limit=100");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await system.TokenAsync(identity, time.GetUtcNow(), cancellationToken));
        using var response = await feed.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"The feed answered {(int)response.StatusCode}: {body}");
        using var page = JsonDocument.Parse(body);
        var taken = 0;
        foreach (var item in page.RootElement.GetProperty("events").EnumerateArray())
        {
            var position = item.GetProperty("position").GetInt64();
            var served = Encoding.UTF8.GetBytes(item.GetProperty("event").GetRawText()); // exactly the bytes the feed signed
            var signature = item.GetProperty("signature").GetBytesFromBase64();
            if (verifier.Problem(served, signature) is { } problem)
                throw new UntrustedEvent(position, problem);
            if (Take(served, signature)) taken++;
            store.Save(position);
        }
        store.Save(Math.Max(store.Position, page.RootElement.GetProperty("next").GetInt64()));
        return taken;
    }

    /// <summary>Takes a verified event once, printing the case's step; false when it was taken before (a redelivery).</summary>
    public bool Take(byte[] served, byte[] signature)
    {
        using var cloudEvent = JsonDocument.Parse(served);
        var root = cloudEvent.RootElement;
        if (!store.Take(root.GetProperty("id").GetString()!, served, signature)) return false;
        var type = root.GetProperty("type").GetString()!.Split('.');
        output.WriteLine($"case {root.GetProperty("subject").GetString()}: {type[^2]} ({type[^1]}) at {root.GetProperty("time").GetString()}");
        return true;
    }
}
