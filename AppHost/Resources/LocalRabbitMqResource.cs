namespace NomadPlatform.AppHost.Resources;

/// <summary>The RabbitMQ server installed on this machine, run as a process with its own ports and data.</summary>
public sealed class LocalRabbitMqResource(string name, string command, string dataDirectory, int port)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    public int Port { get; } = port;

    public string ConnectionString => $"amqp://guest:guest@localhost:{Port}";

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{ConnectionString}");
}
