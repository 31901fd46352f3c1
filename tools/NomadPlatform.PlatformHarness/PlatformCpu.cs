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
