using NomadPlatform.PlatformHarness;

namespace NomadPlatform.Bench;

public sealed record CapacityResult(double P99LimitMs, double HighestRate, IReadOnlyList<LatencyResult> Steps);

/// <summary>
/// The highest submission rate the platform answers within a p99 limit: fixed rates climbed one after
/// another (open loop, as <see cref="SubmissionLatency"/>), each for a few seconds, until a rate misses
/// the limit or a request is not accepted.
/// </summary>
public sealed class SubmissionCapacity(LocalPlatform platform, int concurrency, double p99LimitMs = 50)
{
    public static readonly double[] Rates = [10, 20, 30, 40, 50, 60, 80, 100, 150, 200];

    public async Task<CapacityResult> RunAsync(TimeSpan perRate)
    {
        var steps = new List<LatencyResult>();
        foreach (var rate in Rates)
        {
            var requests = (int)Math.Max(50, rate * perRate.TotalSeconds);
            var step = await new SubmissionLatency(platform, rate, requests, concurrency, $"C{rate:000}-").RunAsync();
            steps.Add(step);
            Console.Error.WriteLine($"  {rate,5:N0}/s: p99 {step.P99Ms,8:N1} ms, {step.Succeeded} of {step.Requests} accepted");
            if (!Holds(step)) break;
        }
        return new CapacityResult(p99LimitMs, steps.Where(Holds).Select(s => s.RequestsPerSecond).DefaultIfEmpty(0).Max(), steps);
    }

    bool Holds(LatencyResult step) => step.P99Ms <= p99LimitMs && step.Succeeded == step.Requests;
}
