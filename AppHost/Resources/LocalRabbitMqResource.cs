namespace NomadPlatform.AppHost.Resources;

/// <summary>
/// The RabbitMQ server installed on this machine, run as a process with its own ports and data. Its
/// connection string names the operator account without its password (in <c>.data/secrets/</c>):
/// the dashboard shows connection strings.
/// </summary>
public sealed class LocalRabbitMqResource(string name, string command, string dataDirectory, int port)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    public int Port { get; } = port;

    public string ConnectionString => ConnectionStringFor(BrokerAccounts.Operator);

    /// <summary>An account's address on this broker, without its password.</summary>
    public string ConnectionStringFor(string user) => $"amqp://{user}@localhost:{Port}";

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{ConnectionString}");
}
