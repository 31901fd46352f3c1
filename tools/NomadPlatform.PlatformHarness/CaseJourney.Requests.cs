using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NomadPlatform.PlatformHarness;

/// <summary>The journey's requests: each in the case's trace, signed in as the given person when one is given.</summary>
public sealed partial class CaseJourney
{
    public async Task<T> SendAsync<T>(string service, HttpMethod method, string path, object? body = null, SignedInUser? user = null)
    {
        using var response = await SendRawAsync(service, method, path, body, user);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{method} {service}{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}", null, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    public async Task<HttpResponseMessage> SendRawAsync(string service, HttpMethod method, string path, object? body = null, SignedInUser? user = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = JsonContent.Create(body);
        return await SendRawAsync(service, request, user);
    }

    /// <summary>One request's own trace, when <see cref="EachRequestItsOwnTrace"/>.</summary>
    public sealed record RequestTrace(string Service, string Method, string Path, string TraceId);

    /// <summary>
    /// Each request in a trace of its own, as people acting hours or days apart make them, rather than
    /// all under the journey's one trace; <see cref="RequestTraces"/> lists them in order.
    /// </summary>
    public bool EachRequestItsOwnTrace { get; init; }

    readonly ConcurrentQueue<RequestTrace> _requestTraces = new();
    public IReadOnlyList<RequestTrace> RequestTraces => [.. _requestTraces];

    /// <summary>Any request, as part of this journey's trace, signed in as <paramref name="user"/> when given.</summary>
    public async Task<HttpResponseMessage> SendRawAsync(string service, HttpRequestMessage request, SignedInUser? user = null)
    {
        request.Headers.Add("traceparent", EachRequestItsOwnTrace ? OwnTrace(service, request) : _root.Id);
        if (user is not null) await user.AuthorizeAsync(request);
        using var client = platform.Client(service);
        return await client.SendAsync(request);
    }

    string OwnTrace(string service, HttpRequestMessage request)
    {
        var trace = ActivityTraceId.CreateRandom();
        _requestTraces.Enqueue(new RequestTrace(service, request.Method.Method, request.RequestUri?.OriginalString ?? "", trace.ToHexString()));
        return $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01";
    }

    /// <summary>Polls a resource of the applicant's own case until <paramref name="done"/> holds for it (events travel through the broker).</summary>
    public async Task<JsonElement> WaitUntilAsync(string service, string path, Func<JsonElement, bool> done)
    {
        var applicant = await ApplicantAsync();
        for (var attempt = 0; attempt < 150; attempt++)
        {
            using var response = await SendRawAsync(service, HttpMethod.Get, path, user: applicant);
            if (response.IsSuccessStatusCode && await response.Content.ReadFromJsonAsync<JsonElement>() is var resource && done(resource)) return resource;
            await Task.Delay(200);
        }
        throw new TimeoutException($"{service}{path} did not reach the expected state.");
    }

    /// <summary>Waits for a record of the applicant's case that another agency's event creates (the event travels through the broker).</summary>
    public async Task WaitForAsync(string service, string path)
    {
        var applicant = await ApplicantAsync();
        for (var attempt = 0; attempt < 150; attempt++)
        {
            using var response = await SendRawAsync(service, HttpMethod.Get, path, user: applicant);
            if (response.StatusCode != HttpStatusCode.NotFound) return;
            await Task.Delay(200);
        }
        throw new TimeoutException($"{service}{path} did not appear.");
    }
}
