using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.IntegrationTests.Persistence;

/// <summary>SQLite waits for a committing writer itself on every connection the service opens, pooled or new.</summary>
public sealed class SqliteBusyTimeoutTests
{
    [Fact]
    public async Task Every_open_of_a_pooled_or_new_connection_waits_for_the_write_lock()
    {
        var file = Path.Combine(Path.GetTempPath(), $"busy-{Guid.NewGuid():N}.db");
        var connection = $"Data Source={file}";
        try
        {
            async Task<long> BusyTimeoutAsync()
            {
                await using var db = ProviderContexts.Create("Arrival", DatabaseProvider.Sqlite, connection, null, new SqliteBusyTimeout());
                await db.Database.OpenConnectionAsync();
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "PRAGMA busy_timeout;";
                return (long)(await command.ExecuteScalarAsync())!;
            }

            Assert.Equal(10_000, await BusyTimeoutAsync());
            Assert.Equal(10_000, await BusyTimeoutAsync());
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Assert.Equal(10_000, await BusyTimeoutAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
