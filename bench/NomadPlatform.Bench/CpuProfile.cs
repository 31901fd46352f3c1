using System.Diagnostics;
using System.Text.RegularExpressions;
using NomadPlatform.PlatformHarness;

namespace NomadPlatform.Bench;

public sealed record ProfiledCost(string Symbol, double Percent);

/// <summary>A service's ten costliest functions by their own samples.</summary>
public sealed record ServiceProfile(string Part, IReadOnlyList<ProfiledCost> Top);

/// <summary>
/// Where each service's CPU goes during the whole-case run: Linux <c>perf</c> samples every process of
/// the platform (CPU time only, native code included — crypto, SQLite, the GC), and each service's ten
/// most sampled functions are reported by their own share of that service's samples. Managed frames are
/// named through the runtime's perf maps (<see cref="Settings"/>, set on the services for a profiled run).
/// The samples keep their call stacks, so <c>perf report --children</c> on the data file shows what each
/// operation costs with everything it calls.
/// </summary>
public sealed partial class CpuProfile(LocalPlatform platform, string dataFile)
{
    /// <summary>
    /// The services' settings for a profiled run: perf maps naming JIT-compiled code, kept in plain
    /// executable memory (without W^X's double mapping, which perf cannot match to the maps).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["DOTNET_PerfMapEnabled"] = "1",
        ["DOTNET_EnableWriteXorExecute"] = "0",
    };

    Process? _perf;
    IReadOnlyList<PlatformProcess> _processes = [];

    public static bool Available()
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("perf", "--version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            probe.WaitForExit();
            return probe.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    public void Start()
    {
        _processes = PlatformCpu.Processes(platform).Where(p => !p.Part.StartsWith("other", StringComparison.Ordinal)).ToList();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(dataFile))!);
        var start = new ProcessStartInfo("perf") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "record", "-F", "499", "-g", "-p", string.Join(',', _processes.Select(p => p.Pid)), "-o", dataFile })
            start.ArgumentList.Add(argument);
        _perf = Process.Start(start)!;
    }

    public async Task<IReadOnlyList<ServiceProfile>> StopAsync()
    {
        if (_perf is null) return [];
        // SIGINT: perf writes out what it sampled and exits.
        using (var interrupt = Process.Start("kill", ["-INT", _perf.Id.ToString()])) await interrupt.WaitForExitAsync();
        await _perf.WaitForExitAsync();
        var profiles = new List<ServiceProfile>();
        foreach (var part in _processes.GroupBy(p => p.Part).OrderBy(g => g.Key))
            profiles.Add(new ServiceProfile(part.Key, await TopAsync(part.Select(p => p.Pid))));
        return profiles;
    }

    async Task<IReadOnlyList<ProfiledCost>> TopAsync(IEnumerable<int> pids)
    {
        var report = new ProcessStartInfo("perf") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "report", "-i", dataFile, "--pid", string.Join(',', pids), "--sort", "sym", "--percentage", "relative", "--stdio", "--no-children", "-q" })
            report.ArgumentList.Add(argument);
        using var perf = Process.Start(report)!;
        var output = perf.StandardOutput.ReadToEndAsync();
        var errors = perf.StandardError.ReadToEndAsync();
        await perf.WaitForExitAsync();
        var top = Line().Matches(await output).Take(10)
            .Select(m => new ProfiledCost(m.Groups["symbol"].Value.Trim(), double.Parse(m.Groups["percent"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        if (top.Count == 0) Console.Error.WriteLine($"perf report {string.Join(' ', report.ArgumentList)} gave nothing (exit {perf.ExitCode}): {await errors}");
        return top;
    }

    // "    12.34%  [.] System.Text.Json.Utf8JsonReader::Read()[OptimizedTier1]"
    [GeneratedRegex(@"^\s*(?<percent>[0-9.]+)%\s+\[[.k]\]\s+(?<symbol>.+)$", RegexOptions.Multiline)]
    private static partial Regex Line();
}
