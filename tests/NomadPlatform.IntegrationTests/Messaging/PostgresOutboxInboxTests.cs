using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;

namespace NomadPlatform.IntegrationTests.Messaging;

[Collection(BrokerCollection.Name)]
public sealed class PostgresOutboxInboxTests(RabbitMqServer rabbit, PostgresServer postgres) : OutboxInboxTests(rabbit)
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override string NewDatabase() => postgres.ConnectionStringFor($"nomad_test_{Guid.NewGuid():N}");
}
