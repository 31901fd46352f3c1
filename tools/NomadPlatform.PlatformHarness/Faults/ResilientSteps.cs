using System.Net;
using System.Text.Json;
using Polly;

namespace NomadPlatform.PlatformHarness.Faults;

/// <summary>
/// How a client carries on while agencies restart: a step that met a closed port, a reset connection,
/// a 5xx or a timeout is sent again; a 409 on a step sent again means the first attempt may have
/// landed before its answer was lost, so the case's timeline decides — the step's event is there, or
/// the conflict was real and the step fails with its reason.
/// </summary>
public sealed class ResilientSteps(TimeSpan patience)
{
    int _retries;

    /// <summary>Steps sent again because an agency or the broker was away.</summary>
    public int Retries => _retries;

    /// <summary>Runs a step that changes nothing when repeated, or that answers 409 when its state change already happened.</summary>
    public async Task RunAsync(CaseJourney journey, string landedEvent, Func<Task> step)
    {
        try
        {
            await ReadAsync(async () =>
            {
                await step();
                return true;
            });
        }
        catch (HttpRequestException exception) when (exception.StatusCode == HttpStatusCode.Conflict && landedEvent.Length > 0)
        {
            if (!await HasEventAsync(journey, landedEvent)) throw;
        }
    }

    /// <summary>A call repeated while it fails transiently, until the agency answers.</summary>
    public async Task<T> ReadAsync<T>(Func<Task<T>> read)
    {
        var deadline = DateTimeOffset.UtcNow + patience;
        while (true)
        {
            try
            {
                return await read();
            }
            catch (Exception exception) when (Transient(exception) && DateTimeOffset.UtcNow < deadline)
            {
                Interlocked.Increment(ref _retries);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(200, 600)));
            }
        }
    }

    async Task<bool> HasEventAsync(CaseJourney journey, string eventType)
    {
        // The event travels through the outbox and the broker to the timeline: give it time to arrive.
        var until = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTimeOffset.UtcNow < until)
        {
            var timeline = await ReadAsync(async () => await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/cases/{journey.CaseId}/timeline", user: await journey.ApplicantAsync()));
            if (timeline.GetProperty("events").EnumerateArray().Any(e => e.GetProperty("eventType").GetString() == eventType)) return true;
            await Task.Delay(250);
        }
        return false;
    }

    /// <summary>Failures that say the agency was away, not that the request was wrong.</summary>
    internal static bool Transient(Exception exception) => exception switch
    {
        HttpRequestException { StatusCode: null } => true,
        HttpRequestException { StatusCode: { } status } => (int)status >= 500 || status == HttpStatusCode.RequestTimeout,
        TaskCanceledException or TimeoutException or ExecutionRejectedException => true,
        _ => false,
    };
}
