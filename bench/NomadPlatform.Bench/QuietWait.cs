using System.Diagnostics;
using NomadPlatform.PlatformHarness;

namespace NomadPlatform.Bench;

/// <summary>
/// Waits until the platform's processes are nearly idle: what the warm-up set off (background tiered
/// compilation of code it made hot, its last events, log checkpoints) is finished before the clock starts,
/// instead of being charged to the timed run's first phases.
/// </summary>
static class QuietWait
{
    /// <summary>Platform CPU per second under which it counts as idle (its timers, relays and the broker: about 50 ms/s).</summary>
    const double IdleMsPerSecond = 120;

    public static async Task<(TimeSpan Waited, double LastMsPerSecond)> UntilIdleAsync(LocalPlatform platform, TimeSpan atMost)
    {
        var clock = Stopwatch.StartNew();
        var quietSeconds = 0;
        var last = PlatformCpu.Read(platform);
        var lastMsPerSecond = 0.0;
        while (quietSeconds < 3 && clock.Elapsed < atMost)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var now = PlatformCpu.Read(platform);
            lastMsPerSecond = PlatformCpu.Between(last, now).Values.Sum(t => t.TotalMilliseconds);
            quietSeconds = lastMsPerSecond < IdleMsPerSecond ? quietSeconds + 1 : 0;
            last = now;
        }
        return (clock.Elapsed, lastMsPerSecond);
    }
}
