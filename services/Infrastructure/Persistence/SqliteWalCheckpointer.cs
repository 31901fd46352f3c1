using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NomadPlatform.Infrastructure.Persistence;

public sealed class SqliteWalOptions
{
    /// <summary>How often the write-ahead log's size is looked at.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Past this size the log is checkpointed whole and truncated.</summary>
    public long LimitBytes { get; set; } = 16 * 1024 * 1024;
}

/// <summary>
/// Keeps a SQLite database's write-ahead log short. SQLite's own checkpoint after a commit never waits
/// for readers, so while some reader is always open the log cannot start over and only grows (to
/// hundreds of MB under the ten-print's index writes); every page read then searches a longer log
/// index. Past <see cref="SqliteWalOptions.LimitBytes"/> this waits for the readers of older snapshots
/// to finish, copies every logged page into the database, syncs it and truncates the log. Durability is
/// unchanged: the pages were already committed and synced in the log.
/// </summary>
public sealed partial class SqliteWalCheckpointer(IServiceScopeFactory scopes, IOptions<SqliteWalOptions> options, ILogger<SqliteWalCheckpointer> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await CheckpointIfLongAsync(stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    CheckpointFailed(logger, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Checkpoints and truncates the log when it is past the limit; the log's size before, or null when it was not.</summary>
    public async Task<long?> CheckpointIfLongAsync(CancellationToken cancellationToken)
    {
        var log = new FileInfo(_logPath ??= LogPath());
        if (!log.Exists || log.Length <= options.Value.LimitBytes) return null;
        var before = log.Length;
        await using (var scope = scopes.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ServiceDbContext>().Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        log.Refresh();
        Checkpointed(logger, before, log.Exists ? log.Length : 0);
        return before;
    }

    string? _logPath;

    // The database's own file name plus -wal, as SQLite names its log; the context is made once to learn it.
    string LogPath()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        return new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource + "-wal";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The SQLite write-ahead log was checkpointed: {Before} bytes, {After} after")]
    static partial void Checkpointed(ILogger logger, long before, long after);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkpointing the SQLite write-ahead log failed; the next round tries again")]
    static partial void CheckpointFailed(ILogger logger, Exception exception);
}
