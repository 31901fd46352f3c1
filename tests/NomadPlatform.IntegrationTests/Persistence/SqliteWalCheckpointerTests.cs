using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;
using NomadPlatform.IntegrationTests.TestService;

namespace NomadPlatform.IntegrationTests.Persistence;

/// <summary>A write-ahead log that a reader kept from starting over is checkpointed whole and truncated, with nothing lost.</summary>
[Collection(BrokerCollection.Name)]
public sealed class SqliteWalCheckpointerTests(RabbitMqServer rabbit)
{
    [Fact]
    public async Task A_log_past_its_limit_is_copied_into_the_database_and_truncated()
    {
        var file = Path.Combine(Path.GetTempPath(), $"nomad-wal-{Guid.NewGuid():N}.db");
        using var host = new TestServiceHost(DatabaseProvider.Sqlite, $"Data Source={file}", rabbit.ConnectionString, $"t{Guid.NewGuid():N}"[..12])
        {
            ConfigureServices = services => services.Configure<SqliteWalOptions>(o => o.LimitBytes = 256 * 1024),
        }.Build();
        await TestServiceHost.CreateSchemaAsync(host.Services);
        await TestServiceHost.QueryAsync(host.Services, db => db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;"));
        var checkpointer = host.Services.GetServices<IHostedService>().OfType<SqliteWalCheckpointer>().Single();

        // A reader that never lets go of its snapshot, as a busy service always has one: the log cannot start over.
        await using (var reader = new SqliteConnection($"Data Source={file}"))
        {
            await reader.OpenAsync();
            await using var snapshot = reader.BeginTransaction(deferred: true);
            await using (var read = reader.CreateCommand())
            {
                read.CommandText = "SELECT COUNT(*) FROM OutboxMessages;";
                await read.ExecuteScalarAsync();
            }
            for (var i = 0; i < 400; i++) await TestServiceHost.NoteAsync(host.Services, Guid.NewGuid(), $"note {i} {new string('x', 400)}");
            Assert.True(new FileInfo(file + "-wal").Length > 256 * 1024);
        }

        var before = await checkpointer.CheckpointIfLongAsync(CancellationToken.None);

        Assert.True(before > 256 * 1024);
        Assert.Equal(0, new FileInfo(file + "-wal").Length);
        Assert.Equal(400, await TestServiceHost.QueryAsync(host.Services, db => db.CaseFiles.CountAsync()));
        Assert.Null(await checkpointer.CheckpointIfLongAsync(CancellationToken.None));
    }
}
