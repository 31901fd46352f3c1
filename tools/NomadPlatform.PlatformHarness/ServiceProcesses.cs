using System.Diagnostics;
using Aspire.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NomadPlatform.PlatformHarness;

/// <summary>
/// Kills a service's process outright (SIGKILL, no shutdown) and starts it again through the AppHost. With
/// twin instances, one instance is killed and started again while its twins carry on.
/// </summary>
public static class ServiceProcesses
{
    static readonly string?[] Stopped = [KnownResourceStates.Exited, KnownResourceStates.Finished, KnownResourceStates.FailedToStart];

    /// <summary>Kills the service (with twins: one instance of it) and returns the resource id to start again.</summary>
    public static async Task<string> KillAsync(this LocalPlatform platform, string service, string processName)
    {
        var processes = Process.GetProcessesByName(processName).Where(p => BelongsTo(p.Id, platform.DataDirectory)).ToList();
        if (processes.Count == 0) throw new InvalidOperationException($"No {processName} process of this platform is running.");
        var instances = await platform.InstancesAsync(service);
        // The AppHost reports the process it started (the dotnet host); the service's process is it or its child.
        // Either twin may be the one: the one relaying, sweeping or consuming as often as the one standing by.
        var (resourceId, victim) = instances
            .Select(i => (i.ResourceId, Process: processes.FirstOrDefault(p => i.ProcessId is { } started && DescendsFrom(p.Id, started))))
            .Where(i => i.Process is not null)
            .OrderBy(_ => Random.Shared.Next())
            .FirstOrDefault();
        if (victim is null) throw new InvalidOperationException($"None of {service}'s instances ({string.Join(", ", instances)}) runs one of its {processName} processes.");
        victim.Kill();
        await victim.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await platform.App.ResourceNotifications.WaitForResourceAsync(service,
            e => e.ResourceId == resourceId && Stopped.Contains(e.Snapshot.State?.Text),
            timeout.Token);
        return resourceId;
    }

    /// <summary>Starts a stopped resource (a service, one instance of it, the broker) and waits until it is healthy again.</summary>
    public static async Task RestartAsync(this LocalPlatform platform, string resource)
    {
        // A name stands for the resource's one instance; an instance's own id is taken as it is.
        if (!platform.App.ResourceNotifications.TryGetCurrentState(resource, out var stopped))
            throw new InvalidOperationException($"The AppHost knows no resource {resource}.");
        var commands = platform.App.Services.GetRequiredService<ResourceCommandService>();
        var result = await commands.ExecuteCommandAsync(stopped.ResourceId, "resource-start");
        if (!result.Success) throw new InvalidOperationException($"{resource} did not start again: {result.Message}");
        // The start command returns before the state leaves Exited: wait through it, not stop on it.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await platform.App.ResourceNotifications.WaitForResourceAsync(stopped.Resource.Name,
            e => e.ResourceId == stopped.ResourceId && e.Snapshot.State?.Text == KnownResourceStates.Running && e.Snapshot.HealthStatus == HealthStatus.Healthy,
            timeout.Token);
    }

    /// <summary>Each instance of <paramref name="service"/> as the AppHost knows it: its resource id and process id.</summary>
    public static async Task<IReadOnlyList<(string ResourceId, int? ProcessId)>> InstancesAsync(this LocalPlatform platform, string service)
    {
        var latest = new Dictionary<string, ResourceEvent>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        // The watch begins with every resource's last snapshot.
        await foreach (var update in platform.App.ResourceNotifications.WatchAsync(timeout.Token))
        {
            if (update.Resource.Name != service) continue;
            latest[update.ResourceId] = update;
            if (latest.Count >= platform.Instances) break;
        }
        return latest.Values.Select(e => (e.ResourceId, e.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value as int?)).ToList();
    }

    /// <summary>Waits until <paramref name="count"/> instances of <paramref name="service"/> are healthy at once.</summary>
    public static async Task WaitForInstancesHealthyAsync(this LocalPlatform platform, string service, int count, CancellationToken cancellationToken)
    {
        var healthy = new HashSet<string>();
        await foreach (var update in platform.App.ResourceNotifications.WatchAsync(cancellationToken))
        {
            if (update.Resource.Name != service) continue;
            if (update.Snapshot.HealthStatus == HealthStatus.Healthy) healthy.Add(update.ResourceId);
            else healthy.Remove(update.ResourceId);
            if (healthy.Count >= count) return;
        }
    }

    /// <summary>Stops the broker (a clean shutdown: durable queues and persistent messages are on disk) and starts it again.</summary>
    public static async Task RestartBrokerAsync(this LocalPlatform platform, string broker = "messaging")
    {
        var commands = platform.App.Services.GetRequiredService<ResourceCommandService>();
        var stopped = await commands.ExecuteCommandAsync(broker, "resource-stop");
        if (!stopped.Success) throw new InvalidOperationException($"{broker} did not stop: {stopped.Message}");
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
            await platform.App.ResourceNotifications.WaitForResourceAsync(broker, [KnownResourceStates.Exited, KnownResourceStates.Finished], timeout.Token);
        await platform.RestartAsync(broker);
    }

    /// <summary>
    /// Kills the first node of the local broker cluster outright (SIGKILL: no goodbye to its peers or to the
    /// services connected to it) and starts it again; it rejoins its cluster from its own data.
    /// </summary>
    public static async Task KillBrokerNodeAsync(this LocalPlatform platform, string broker = "messaging")
    {
        var home = $"HOME={Path.Combine(platform.DataDirectory, "rabbitmq-cluster", "node-1")}\0";
        var victims = Process.GetProcesses().Where(p => EnvironmentOf(p.Id)?.Contains(home, StringComparison.Ordinal) == true).ToList();
        if (victims.Count == 0) throw new InvalidOperationException($"No process of the broker's first node ({home.TrimEnd('\0')}) is running.");
        foreach (var process in victims)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
            await platform.App.ResourceNotifications.WaitForResourceAsync(broker, [KnownResourceStates.Exited, KnownResourceStates.Finished], timeout.Token);
        await platform.RestartAsync(broker);
    }

    static bool DescendsFrom(int pid, int ancestor)
    {
        for (var current = pid; current > 1; current = ParentOf(current))
            if (current == ancestor) return true;
        return false;
    }

    /// <summary>The parent's pid from <c>/proc/{pid}/stat</c> (the field after the command's closing parenthesis and the state); 0 once gone.</summary>
    static int ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>Only this test run's process: its database lives in the run's own data folder.</summary>
    internal static bool BelongsTo(int pid, string dataDirectory) => EnvironmentOf(pid)?.Contains(dataDirectory, StringComparison.Ordinal) == true;

    /// <summary>A process's environment, NUL-separated; null once it has gone or is not ours to read.</summary>
    static string? EnvironmentOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/environ");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
