using System.Text.Json;

namespace NomadPlatform.PlatformTests;

/// <summary>Reads the spans of one trace the services exported, from the dashboard's telemetry API (OTLP JSON).</summary>
public sealed class DashboardTelemetry(PlatformFixture platform)
{
    /// <summary>One exported span; <see cref="Peer"/> is the host it called, when it called one.</summary>
    public sealed record Span(string TraceId, string Service, string Name, string? CaseId, string? Peer = null)
    {
        /// <summary>The traces its span links name (OpenTelemetry span links).</summary>
        public IReadOnlyList<string> LinkedTraces { get; init; } = [];

        public IReadOnlyDictionary<string, string?> Attributes { get; init; } = new Dictionary<string, string?>();
    }

    /// <summary>
    /// By trace id: the list endpoint returns only the latest 100 traces, and the services' deadline
    /// sweeps start new ones every second.
    /// </summary>
    public async Task<IReadOnlyList<Span>> SpansAsync(string traceId)
    {
        using var client = new HttpClient { BaseAddress = platform.App.GetEndpoint("aspire-dashboard", "http") };
        using var response = await client.GetAsync($"/api/telemetry/traces/{traceId}");
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return []; // not exported yet
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var spans = new List<Span>();
        foreach (var resourceSpans in document.RootElement.GetProperty("data").GetProperty("resourceSpans").EnumerateArray())
        {
            var service = Attributes(resourceSpans.GetProperty("resource")).GetValueOrDefault("service.name") ?? "";
            foreach (var scope in resourceSpans.GetProperty("scopeSpans").EnumerateArray())
            foreach (var span in scope.GetProperty("spans").EnumerateArray())
            {
                var attributes = Attributes(span);
                var peer = attributes.GetValueOrDefault("server.address") ?? attributes.GetValueOrDefault("net.peer.name")
                    ?? (attributes.GetValueOrDefault("url.full") is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null);
                spans.Add(new Span(span.GetProperty("traceId").GetString()!, service, span.GetProperty("name").GetString()!, attributes.GetValueOrDefault("nomad.case_id"), peer)
                {
                    LinkedTraces = span.TryGetProperty("links", out var links) ? links.EnumerateArray().Select(l => l.GetProperty("traceId").GetString()!).ToList() : [],
                    Attributes = attributes,
                });
            }
        }
        return spans;
    }

    static Dictionary<string, string?> Attributes(JsonElement element) =>
        element.TryGetProperty("attributes", out var attributes)
            ? attributes.EnumerateArray().ToDictionary(
                a => a.GetProperty("key").GetString()!,
                a => (string?)a.GetProperty("value").EnumerateObject().FirstOrDefault().Value.ToString())
            : [];

    /// <summary>The structured logs exported under one trace, as the dashboard returns them (OTLP JSON), empty if none yet.</summary>
    public async Task<string> LogsJsonAsync(string traceId)
    {
        using var client = new HttpClient { BaseAddress = platform.App.GetEndpoint("aspire-dashboard", "http") };
        using var response = await client.GetAsync($"/api/telemetry/logs?traceId={traceId}");
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return "";
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
