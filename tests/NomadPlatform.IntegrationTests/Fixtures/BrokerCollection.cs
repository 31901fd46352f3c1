namespace NomadPlatform.IntegrationTests.Fixtures;

[CollectionDefinition(Name)]
public sealed class BrokerCollection : ICollectionFixture<RabbitMqServer>, ICollectionFixture<PostgresServer>
{
    public const string Name = "broker";
}

/// <summary>Three clustered nodes, for the tests that kill one.</summary>
[CollectionDefinition(Name)]
public sealed class BrokerClusterCollection : ICollectionFixture<RabbitMqCluster>
{
    public const string Name = "broker-cluster";
}
