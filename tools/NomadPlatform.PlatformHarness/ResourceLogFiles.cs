using System.Collections.Concurrent;
using Aspire.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace NomadPlatform.PlatformHarness;

/// <summary>
/// Every resource's console output, kept in one file per resource instance (its restarts appended) in the
/// run's data folder: what an operator reads after a test or a fault-injection run went wrong.
/// </summary>
static class ResourceLogFiles
{
    public static Task Copy(DistributedApplication app, string folder, CancellationToken stopping)
    {
        Directory.CreateDirectory(folder);
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        var notifications = app.Services.GetRequiredService<ResourceNotificationService>();
        return CopyAllAsync(logs, notifications, folder, stopping);
    }

    /// <summary>Logs are kept per running instance: each instance the AppHost reports gets its copier.</summary>
    static async Task CopyAllAsync(ResourceLoggerService logs, ResourceNotificationService notifications, string folder, CancellationToken stopping)
    {
        var copiers = new ConcurrentDictionary<string, Task>();
        try
        {
            await foreach (var update in notifications.WatchAsync(stopping))
                _ = copiers.GetOrAdd(update.ResourceId, id => CopyAsync(logs, id, Path.Combine(folder, $"{id}.log"), stopping));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        await Task.WhenAll(copiers.Values);
    }

    static async Task CopyAsync(ResourceLoggerService logs, string resourceId, string file, CancellationToken stopping)
    {
        try
        {
            await foreach (var batch in logs.WatchAsync(resourceId).WithCancellation(stopping))
                await File.AppendAllLinesAsync(file, batch.Select(line => line.Content), stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }
}
