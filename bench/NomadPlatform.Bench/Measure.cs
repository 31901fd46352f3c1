using System.Diagnostics;

namespace NomadPlatform.Bench;

static class Measure
{
    /// <summary>Runs the operation for a warm-up second, then for the given time; counts completed operations.</summary>
    public static BenchmarkResult Run(string name, TimeSpan duration, Func<int, int> batch)
    {
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(1)) batch(0);

        long operations = 0;
        var clock = Stopwatch.StartNew();
        var i = 0;
        while (clock.Elapsed < duration) operations += batch(i++);
        return new BenchmarkResult(name, operations, clock.Elapsed.TotalSeconds);
    }
}
