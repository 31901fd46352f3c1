using RabbitMQ.Client;

namespace NomadPlatform.Infrastructure.Messaging;

/// <summary>An <c>amqp://user:password@host:port/vhost</c> connection string, as Aspire hands it out.</summary>
public sealed record BrokerAddress(string Host, ushort Port, string VirtualHost, string Username, string Password)
{
    public static BrokerAddress Parse(string connectionString)
    {
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "rabbitmq"))
            throw new FormatException($"The broker connection string must look like amqp://user:password@host:port/vhost; got '{connectionString}'.");

        var credentials = uri.UserInfo.Split(':', 2);
        var username = credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : "guest";
        var password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "guest";
        var virtualHost = uri.AbsolutePath.Trim('/') is { Length: > 0 } path ? Uri.UnescapeDataString(path) : "/";
        var port = uri.IsDefaultPort || uri.Port <= 0 ? (ushort)5672 : (ushort)uri.Port;
        return new BrokerAddress(uri.Host, port, virtualHost, username, password);
    }

    /// <summary>A connection of this service's own account beside MassTransit's, named for what it does (the broker's connection list shows it).</summary>
    public Task<IConnection> ConnectAsync(string clientName, CancellationToken cancellationToken = default) => new ConnectionFactory
    {
        HostName = Host,
        Port = Port,
        VirtualHost = VirtualHost,
        UserName = Username,
        Password = Password,
        ClientProvidedName = clientName,
    }.CreateConnectionAsync(cancellationToken);
}
