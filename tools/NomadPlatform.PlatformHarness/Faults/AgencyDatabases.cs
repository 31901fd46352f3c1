using System.Data.Common;
using Aspire.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace NomadPlatform.PlatformHarness.Faults;

/// <summary>
/// Read-only looks into the agencies' databases (SQLite files, or PostgreSQL databases), for the checks an
/// operator makes after an incident (nothing here writes, and the services never read each other's).
/// </summary>
public static class AgencyDatabases
{
    public static async Task<List<(string Key, long Count)>> CountAsync(LocalPlatform platform, string service, string sql)
    {
        await using var connection = await OpenAsync(platform, service);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, long)>();
        while (await reader.ReadAsync())
            rows.Add((reader.FieldCount > 1 ? reader.GetString(0) : "", reader.GetInt64(reader.FieldCount - 1)));
        return rows;
    }

    static async Task<DbConnection> OpenAsync(LocalPlatform platform, string service)
    {
        DbConnection connection = platform.DatabaseProvider == "Postgres"
            ? new NpgsqlConnection(await platform.App.GetConnectionStringAsync($"{service}db"))
            : new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(platform.DataDirectory, "sqlite", $"{service}db.db"),
                Mode = SqliteOpenMode.ReadOnly,
            }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Outbox rows committed but not yet confirmed by the broker, per agency.</summary>
    public static async Task<Dictionary<string, long>> UndeliveredOutboxAsync(LocalPlatform platform)
    {
        var backlog = new Dictionary<string, long>();
        foreach (var service in LocalPlatform.Services)
            backlog[service] = (await CountAsync(platform, service, """SELECT COUNT(*) FROM "OutboxMessages" WHERE "DeliveredAt" IS NULL"""))[0].Count;
        return backlog;
    }

    /// <summary>Waits for every relay to empty its outbox; returns what is still undelivered when time runs out.</summary>
    public static async Task<Dictionary<string, long>> DrainedOutboxAsync(LocalPlatform platform, TimeSpan patience)
    {
        var until = DateTimeOffset.UtcNow + patience;
        while (true)
        {
            var backlog = await UndeliveredOutboxAsync(platform);
            if (backlog.Values.All(count => count == 0) || DateTimeOffset.UtcNow > until) return backlog;
            await Task.Delay(500);
        }
    }
}
