using System.Data.Common;
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
    const string Pragma = "PRAGMA busy_timeout = 10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
