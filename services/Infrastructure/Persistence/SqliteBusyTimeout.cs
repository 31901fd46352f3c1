using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NomadPlatform.Infrastructure.Persistence;

/// <summary>
/// Lets SQLite itself wait for the write lock (its busy handler retries after 1, 2, 5, 10… ms) when
/// another of the service's connections is committing. Without it, Microsoft.Data.Sqlite answers a
/// busy database by sleeping the thread 150 ms before trying again: under concurrent requests and
/// consumers that sleep was most of a step's time.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    /// <summary>The statement run once per native connection (the commit benchmark opens its connections with it too).</summary>
    public const string Pragma = "PRAGMA busy_timeout = 10000;";

    // The setting stays with SQLite's own connection, which Microsoft.Data.Sqlite's pool keeps across
    // opens: it is made once per native connection, not at every open (a statement per query otherwise).
    static readonly ConditionalWeakTable<object, object> Set = [];

    static bool NeedsSetting(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !Set.TryGetValue(handle, out _);

    static void Done(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle }) Set.AddOrUpdate(handle, handle);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsSetting(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
        Done(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsSetting(connection)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Done(connection);
    }
}
