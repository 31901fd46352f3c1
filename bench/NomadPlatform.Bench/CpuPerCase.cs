using System.Diagnostics;
using NomadPlatform.PlatformHarness;

namespace NomadPlatform.Bench;

/// <param name="CompilerMillisecondsPerCase">Of <paramref name="MillisecondsPerCase"/>, what the runtime's background compiler used (see <see cref="PlatformCpu.ReadCompiler"/>).</param>
public sealed record PartCpu(string Part, double CpuSeconds, double MillisecondsPerCase, double SharePercent, double CompilerMillisecondsPerCase = 0);

/// <summary>
/// Each part of the platform's CPU over a whole-case run, per case: read from the processes themselves
/// (user + system time) before and after, so work done on any thread, timer or consumer counts.
/// The benchmark's own process (its clients and the AppHost) is shown apart, and so is the share of each
/// service's background compiler, which a service pays once per start and not per case.
/// </summary>
public sealed class CpuPerCase(LocalPlatform platform)
{
    IReadOnlyDictionary<string, TimeSpan> _before = new Dictionary<string, TimeSpan>();
    IReadOnlyDictionary<string, TimeSpan> _compilerBefore = new Dictionary<string, TimeSpan>();
    TimeSpan _driverBefore;

    public void Start()
    {
        _before = PlatformCpu.Read(platform);
        _compilerBefore = PlatformCpu.ReadCompiler(platform);
        _driverBefore = Process.GetCurrentProcess().TotalProcessorTime;
    }

    public (IReadOnlyList<PartCpu> Parts, PartCpu Driver) Stop(int cases)
    {
        var used = PlatformCpu.Between(_before, PlatformCpu.Read(platform));
        var compiler = PlatformCpu.Between(_compilerBefore, PlatformCpu.ReadCompiler(platform));
        var total = used.Values.Sum(t => t.TotalSeconds);
        double CompilerPerCase(TimeSpan time) => 1000 * time.TotalSeconds / cases;
        // Helper processes of the broker and the host that did nothing are not shown.
        var parts = used.Where(u => !u.Key.StartsWith("other", StringComparison.Ordinal) || u.Value.TotalSeconds >= 0.05)
            .OrderByDescending(u => u.Value)
            .Select(u => new PartCpu(u.Key, u.Value.TotalSeconds, 1000 * u.Value.TotalSeconds / cases, 100 * u.Value.TotalSeconds / total,
                CompilerPerCase(compiler.GetValueOrDefault(u.Key))))
            .ToList();
        parts.Add(new PartCpu("platform, all parts", total, 1000 * total / cases, 100, CompilerPerCase(TimeSpan.FromTicks(compiler.Values.Sum(t => t.Ticks)))));
        var driver = (Process.GetCurrentProcess().TotalProcessorTime - _driverBefore).TotalSeconds;
        return (parts, new PartCpu("benchmark's clients and AppHost (not the platform)", driver, 1000 * driver / cases, 0));
    }
}
