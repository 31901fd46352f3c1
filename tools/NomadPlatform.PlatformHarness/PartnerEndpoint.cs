using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NomadPlatform.PlatformHarness;

/// <summary>A partner's webhook endpoint in the test's process: down (503) or up, keeping what it receives with the feed's signature.</summary>
public sealed class PartnerEndpoint : IAsyncDisposable
{
    readonly WebApplication _app;

    PartnerEndpoint(WebApplication app) => _app = app;

    public volatile bool Up;

    public ConcurrentQueue<(long Position, byte[] Event, byte[] Signature)> Received { get; } = new();

    public Uri Url => new($"{_app.Urls.First()}/events");

    public static async Task<PartnerEndpoint> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning); // one line per delivery would drown the run's own output
        var endpoint = new PartnerEndpoint(builder.Build());
        endpoint._app.MapPost("/events", async (HttpRequest request) =>
        {
            if (!endpoint.Up) return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            endpoint.Received.Enqueue((long.Parse(request.Headers["Nomad-Feed-Position"]!), body.ToArray(), Convert.FromBase64String(request.Headers["Nomad-Signature"]!)));
            return Results.NoContent();
        });
        await endpoint._app.StartAsync();
        return endpoint;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
