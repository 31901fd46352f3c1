namespace NomadPlatform.IntegrationTests.Fixtures;

[CollectionDefinition(Name)]
public sealed class BrokerCollection : ICollectionFixture<RabbitMqServer>, ICollectionFixture<PostgresServer>
{
    public const string Name = "broker";
}
