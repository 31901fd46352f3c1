using System.Diagnostics;

namespace NomadPlatform.PlatformHarness;

/// <summary>One process of a running platform and the part it is (a service, the broker, the database server).</summary>
public sealed record PlatformProcess(string Part, int Pid);

/// <summary>
/// CPU time used so far by each process of one running platform — its services, the broker, the
/// database server — found by the platform's own data folder in their environment. Two readings
/// around a run give each part's CPU for that run.
/// </summary>
public static class PlatformCpu
{
    public static IReadOnlyList<PlatformProcess> Processes(LocalPlatform platform)
    {
        var found = new List<PlatformProcess>();
        foreach (var process in Process.GetProcesses())
        {
            using (process)
                if (process.Id != Environment.ProcessId && ServiceProcesses.BelongsTo(process.Id, platform.DataDirectory))
                    found.Add(new PlatformProcess(PartOf(process.ProcessName), process.Id));
        }
        return found;
    }

    public static IReadOnlyDictionary<string, TimeSpan> Read(LocalPlatform platform)
    {
        var used = new Dictionary<string, TimeSpan>();
        foreach (var (part, pid) in Processes(platform))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                used[part] = used.GetValueOrDefault(part) + process.TotalProcessorTime;
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
                // Ended between the listing and the reading.
            }
        }
        return used;
    }

    /// <summary>
    /// CPU time used so far by the .NET runtime's background compiler in each service: the thread that
    /// recompiles code once it has been called often enough (tiered compilation, with profile-guided
    /// instrumentation between the tiers). A service pays it once per start; a benchmark sees it as cost
    /// until the code it runs has been recompiled.
    /// </summary>
    public static IReadOnlyDictionary<string, TimeSpan> ReadCompiler(LocalPlatform platform)
    {
        var used = new Dictionary<string, TimeSpan>();
        foreach (var (part, pid) in Processes(platform))
        {
            try
            {
                foreach (var thread in Directory.EnumerateDirectories($"/proc/{pid}/task"))
                    if (File.ReadAllText(Path.Combine(thread, "comm")).StartsWith(CompilerThread, StringComparison.Ordinal))
                        used[part] = used.GetValueOrDefault(part) + ThreadTime(File.ReadAllText(Path.Combine(thread, "stat")));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The process or thread ended between the listing and the reading.
            }
        }
        return used;
    }

    /// <summary>The runtime names the thread ".NET Tiered Compilation Worker"; Linux keeps 15 characters of a thread's name.</summary>
    const string CompilerThread = ".NET Tiered Com";

    /// <summary>User + system time from a <c>/proc/…/stat</c> line, in the kernel's fixed 100 ticks a second (fields 14 and 15, counted after the name in parentheses).</summary>
    static TimeSpan ThreadTime(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromMilliseconds(10 * (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>What was used between two readings, per part (a part that ended in between counts from zero).</summary>
    public static IReadOnlyDictionary<string, TimeSpan> Between(IReadOnlyDictionary<string, TimeSpan> before, IReadOnlyDictionary<string, TimeSpan> after) =>
        after.ToDictionary(a => a.Key, a => a.Value - before.GetValueOrDefault(a.Key) is { } used && used > TimeSpan.Zero ? used : TimeSpan.Zero);

    static string PartOf(string processName) => processName switch
    {
        _ when processName.StartsWith("NomadPlatform.", StringComparison.Ordinal) => processName["NomadPlatform.".Length..],
        "beam.smp" => "RabbitMQ",
        "postgres" => "PostgreSQL",
        _ => $"other ({processName})",
    };
}
