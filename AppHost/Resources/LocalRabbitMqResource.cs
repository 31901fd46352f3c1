namespace NomadPlatform.AppHost.Resources;

/// <summary>
/// A node of the RabbitMQ server installed on this machine, run as a process with its own ports and data.
/// Its connection string names every node of its cluster and the operator account without its password
/// (in <c>.data/secrets/</c>): the dashboard shows connection strings.
/// </summary>
public sealed class LocalRabbitMqResource(string name, string command, string dataDirectory, IReadOnlyList<int> clusterPorts)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    /// <summary>This node's AMQP port (the first of its cluster's).</summary>
    public int Port => clusterPorts[0];

    /// <summary>The cluster's other nodes, when this is the first of several.</summary>
    public IReadOnlyList<LocalRabbitMqResource> Peers { get; set; } = [];

    public string ConnectionString => ConnectionStringFor(BrokerAccounts.Operator);

    /// <summary>An account's address on this broker (every node of a cluster), without its password.</summary>
    public string ConnectionStringFor(string user) => $"amqp://{user}@{string.Join(",", clusterPorts.Select(p => $"localhost:{p}"))}";

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{ConnectionString}");
}
