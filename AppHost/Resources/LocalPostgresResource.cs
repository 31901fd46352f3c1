namespace NomadPlatform.AppHost.Resources;

/// <summary>A PostgreSQL server of this machine, run as a process on its own port with its own cluster.</summary>
public sealed class LocalPostgresResource(string name, string command, string dataDirectory, int port)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    public int Port { get; } = port;

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=nomad";

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{ConnectionString}");
}
