using System.Diagnostics;
using NomadPlatform.PlatformHarness;

namespace NomadPlatform.Bench;

public sealed record LatencyResult(double RequestsPerSecond, int Requests, int Succeeded, double P50Ms, double P95Ms, double P99Ms, double MaxMs);

/// <summary>
/// The submission API's latency at a fixed arrival rate (open loop: each request leaves at its
/// scheduled time whatever the previous ones do, and is timed from then, so queueing counts).
/// Applicants are registered, their documents uploaded, manifests signed and they are signed in beforehand;
/// every request carries a bearer token that Hub-Intake validates.
/// </summary>
public sealed class SubmissionLatency(LocalPlatform platform, double rate, int requests, int concurrency, string passportPrefix = "L")
{
    public async Task<LatencyResult> RunAsync()
    {
        var passportExpiry = platform.Today.AddYears(9);
        var journeys = Enumerable.Range(0, requests).Select(_ => new CaseJourney(platform)).ToList();
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, requests), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
            {
                await journeys[i].RegisterAsync($"{passportPrefix}{i:D8}", passportExpiry);
                await journeys[i].UploadDossierAsync();
            });
            var prepared = await Task.WhenAll(journeys.Select(async j => await j.SignedSubmissionAsync(passportExpiry)));
            // Each applicant is signed in before the clock starts; a request then carries a fresh token, as a portal's would.
            var applicants = await Task.WhenAll(journeys.Select(j => j.ApplicantAsync()));
            foreach (var applicant in applicants) await applicant.AccessTokenAsync();

            var latencies = new double[requests];
            var succeeded = 0;
            var start = Stopwatch.GetTimestamp();
            var sends = new List<Task>(requests);
            for (var i = 0; i < requests; i++)
            {
                var due = start + (long)(i / rate * Stopwatch.Frequency);
                while (Stopwatch.GetTimestamp() < due)
                    await Task.Delay(TimeSpan.FromTicks(Math.Max(0, (due - Stopwatch.GetTimestamp()) * TimeSpan.TicksPerSecond / Stopwatch.Frequency / 2)));
                var index = i;
                sends.Add(Task.Run(async () =>
                {
                    try
                    {
                        using var response = await journeys[index].SendRawAsync("hubintake", HttpMethod.Post, "/api/applications", prepared[index], applicants[index]);
                        if (response.IsSuccessStatusCode) Interlocked.Increment(ref succeeded);
                    }
                    catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or Polly.ExecutionRejectedException)
                    {
                        // Overloaded past the client's timeouts: not accepted, and its wait still counts.
                    }
                    latencies[index] = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
                }));
            }
            await Task.WhenAll(sends);
            Array.Sort(latencies);
            return new LatencyResult(rate, requests, succeeded,
                Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 95), Percentiles.Of(latencies, 99), latencies[^1]);
        }
        finally
        {
            foreach (var journey in journeys) journey.Dispose();
        }
    }
}
