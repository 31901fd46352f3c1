using System.Diagnostics;
using Aspire.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace NomadPlatform.PlatformHarness;

/// <summary>Kills a service's process outright (SIGKILL, no shutdown) and starts it again through the AppHost.</summary>
public static class ServiceProcesses
{
    public static async Task KillAsync(this LocalPlatform platform, string service, string processName)
    {
        var victims = Process.GetProcessesByName(processName).Where(p => BelongsTo(p.Id, platform.DataDirectory)).ToList();
        if (victims.Count == 0) throw new InvalidOperationException($"No {processName} process of this platform is running.");
        foreach (var process in victims)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await platform.App.ResourceNotifications.WaitForResourceAsync(service, [KnownResourceStates.Exited, KnownResourceStates.Finished, KnownResourceStates.FailedToStart], timeout.Token);
    }

    public static async Task RestartAsync(this LocalPlatform platform, string service)
    {
        var commands = platform.App.Services.GetRequiredService<ResourceCommandService>();
        var result = await commands.ExecuteCommandAsync(service, "resource-start");
        if (!result.Success) throw new InvalidOperationException($"{service} did not start again: {result.Message}");
        // The start command returns before the state leaves Exited: wait through it, not stop on it.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await platform.App.ResourceNotifications.WaitForResourceAsync(service, KnownResourceStates.Running, timeout.Token);
        await platform.App.ResourceNotifications.WaitForResourceHealthyAsync(service, WaitBehavior.WaitOnResourceUnavailable, timeout.Token);
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
