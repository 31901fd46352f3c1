using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;

namespace NomadPlatform.IntegrationTests.Messaging;

[Collection(BrokerCollection.Name)]
public sealed class SqliteOutboxInboxTests(RabbitMqServer rabbit) : OutboxInboxTests(rabbit)
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string NewDatabase() =>
        $"Data Source={Path.Combine(Path.GetTempPath(), $"nomad-test-{Guid.NewGuid():N}.db")}";
}
