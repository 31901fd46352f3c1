using System.Diagnostics;
using Microsoft.Data.Sqlite;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Bench;

/// <summary>
/// A SQLite commit's latency on this machine as the services commit (busy timeout; the commit that fills
/// the log past 1,000 pages copies it into the database, SQLite's default), against the copy made by a
/// background round every second instead, tried and left (README, "A SQLite commit's latency"). Writers
/// commit at a fixed rate, each commit an audit row and an outbox row as a service's step writes them,
/// while a reader keeps reading; the two settings take turns so that the machine's drift falls on both.
/// </summary>
public static class SqliteCommitTail
{
    public sealed record Result(string Copy, int Commits, double P50Ms, double P99Ms, double P999Ms, double MaxMs, int OverTwoMs, long LargestLogBytes);

    public const string Durability = "SQLite WAL, synchronous=FULL (every commit synced in the log); the copy into the database synced as well";

    public static async Task<IReadOnlyList<Result>> RunAsync(TimeSpan duration, double commitsPerSecond, int writers, int rounds)
    {
        var results = new List<Result>();
        for (var round = 0; round < rounds; round++)
            foreach (var background in new[] { false, true })
                results.Add(await RunOnceAsync(background, duration, commitsPerSecond, writers));
        return results;
    }

    static async Task<Result> RunOnceAsync(bool background, TimeSpan duration, double commitsPerSecond, int writers)
    {
        var file = Path.Combine(Path.GetTempPath(), $"nomad-commit-tail-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={file};Pooling=False";
        try
        {
            using (var setup = Open(connectionString, background))
                Execute(setup, """
                    PRAGMA journal_mode = WAL;
                    CREATE TABLE AuditEntries (Id INTEGER PRIMARY KEY, CaseId TEXT NOT NULL, At TEXT NOT NULL, Fields TEXT NOT NULL);
                    CREATE INDEX IX_AuditEntries_CaseId ON AuditEntries (CaseId);
                    CREATE TABLE OutboxMessages (Id TEXT PRIMARY KEY, Body TEXT NOT NULL);
                    """);

            using var stop = new CancellationTokenSource(duration);
            var latencies = new List<double>[writers];
            var largestLog = 0L;
            var tasks = new List<Task>();
            for (var w = 0; w < writers; w++)
            {
                var mine = latencies[w] = [];
                tasks.Add(Task.Factory.StartNew(() => Write(connectionString, background, commitsPerSecond / writers, mine, stop.Token), TaskCreationOptions.LongRunning));
            }
            tasks.Add(Task.Factory.StartNew(() => Read(connectionString, background, stop.Token), TaskCreationOptions.LongRunning));
            if (background) tasks.Add(Task.Factory.StartNew(() => CopyEverySecond(connectionString, stop.Token), TaskCreationOptions.LongRunning));
            while (!stop.IsCancellationRequested)
            {
                var log = new FileInfo(file + "-wal");
                if (log.Exists) largestLog = Math.Max(largestLog, log.Length);
                await Task.Delay(100);
            }
            await Task.WhenAll(tasks);

            var all = latencies.SelectMany(l => l).Order().ToList();
            return new Result(background ? "background, every 1 s (tried)" : "in the commit (the services)", all.Count,
                Percentiles.Of(all, 50), Percentiles.Of(all, 99), Percentiles.Of(all, 99.9), all[^1], all.Count(ms => ms > 2), largestLog);
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(file + suffix);
        }
    }

    static void Write(string connectionString, bool background, double perSecond, List<double> latencies, CancellationToken stop)
    {
        using var connection = Open(connectionString, background);
        using var audit = connection.CreateCommand();
        audit.CommandText = "INSERT INTO AuditEntries (CaseId, At, Fields) VALUES ($case, $at, $fields);";
        var caseId = audit.Parameters.Add("$case", SqliteType.Text);
        var at = audit.Parameters.Add("$at", SqliteType.Text);
        audit.Parameters.AddWithValue("$fields", new string('f', 300));
        using var outbox = connection.CreateCommand();
        outbox.CommandText = "INSERT INTO OutboxMessages (Id, Body) VALUES ($id, $body);";
        var id = outbox.Parameters.Add("$id", SqliteType.Text);
        outbox.Parameters.AddWithValue("$body", new string('b', 300));

        var start = Stopwatch.GetTimestamp();
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var due = start + (long)(i / perSecond * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero) Thread.Sleep(wait);
            var began = Stopwatch.GetTimestamp();
            using (var transaction = connection.BeginTransaction())
            {
                audit.Transaction = outbox.Transaction = transaction;
                caseId.Value = Guid.NewGuid().ToString();
                at.Value = DateTimeOffset.UtcNow.ToString("O");
                audit.ExecuteNonQuery();
                id.Value = Guid.NewGuid().ToString();
                outbox.ExecuteNonQuery();
                transaction.Commit();
            }
            latencies.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
        }
    }

    // A service always has readers: the relay, queries, the checks.
    static void Read(string connectionString, bool background, CancellationToken stop)
    {
        using var connection = Open(connectionString, background);
        while (!stop.IsCancellationRequested)
        {
            Execute(connection, "SELECT COUNT(*) FROM (SELECT Id FROM AuditEntries ORDER BY Id DESC LIMIT 50);");
            Thread.Sleep(5);
        }
    }

    static void CopyEverySecond(string connectionString, CancellationToken stop)
    {
        using var connection = Open(connectionString, background: true);
        while (!stop.WaitHandle.WaitOne(TimeSpan.FromSeconds(1))) Execute(connection, "PRAGMA wal_checkpoint(PASSIVE);");
    }

    // As the services set their connections; in the background mode commits never copy the log.
    static SqliteConnection Open(string connectionString, bool background)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, background ? SqliteBusyTimeout.Pragma + " PRAGMA wal_autocheckpoint = 0;" : SqliteBusyTimeout.Pragma);
        return connection;
    }

    static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteScalar();
    }
}
