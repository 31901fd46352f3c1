using System.Text.RegularExpressions;
using RabbitMQ.Client;

namespace NomadPlatform.Infrastructure.Messaging;

/// <summary>
/// An <c>amqp://user:password@host:port/vhost</c> connection string, as Aspire hands it out; a cluster's
/// names each node: <c>amqp://user@host1:5672,host2:5672,host3:5672/vhost</c>.
/// </summary>
public sealed partial record BrokerAddress(string Host, ushort Port, string VirtualHost, string Username, string Password)
{
    /// <summary>A cluster's nodes as <c>host:port</c>, <see cref="Host"/> first; empty for a single broker.</summary>
    public IReadOnlyList<string> ClusterNodes { get; init; } = [];

    /// <summary>
    /// Durable queues (receive endpoints, their error and delay queues) are quorum queues, replicated on
    /// a majority of the cluster's nodes, rather than classic queues living on one node.
    /// </summary>
    public bool QuorumQueues { get; init; }

    public static BrokerAddress Parse(string connectionString)
    {
        var parts = Shape().Match(connectionString);
        var hosts = parts.Success ? parts.Groups["hosts"].Value.Split(',') : [];
        var first = parts.Success ? $"{parts.Groups["scheme"].Value}://{parts.Groups["user"].Value}{hosts[0]}{parts.Groups["path"].Value}" : connectionString;
        if (!Uri.TryCreate(first, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "rabbitmq") || hosts.Any(h => NodeOf(h) is null))
            throw new FormatException($"The broker connection string must look like amqp://user:password@host:port/vhost (a cluster: host1:port,host2:port,…); got '{connectionString}'.");

        var credentials = uri.UserInfo.Split(':', 2);
        var username = credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : "guest";
        var password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "guest";
        var virtualHost = uri.AbsolutePath.Trim('/') is { Length: > 0 } path ? Uri.UnescapeDataString(path) : "/";
        var (host, port) = NodeOf(hosts[0])!.Value;
        var single = new BrokerAddress(host, port, virtualHost, username, password);
        return hosts.Length == 1 ? single : single with
        {
            ClusterNodes = hosts.Select(h => NodeOf(h)!.Value).Select(n => $"{n.Host}:{n.Port}").ToList(),
            QuorumQueues = true,
        };
    }

    static (string Host, ushort Port)? NodeOf(string hostAndPort) =>
        Uri.TryCreate($"amqp://{hostAndPort}", UriKind.Absolute, out var node) && node.Host.Length > 0 && node.AbsolutePath == "/"
            ? (node.Host, node.IsDefaultPort || node.Port <= 0 ? (ushort)5672 : (ushort)node.Port)
            : null;

    [GeneratedRegex("^(?<scheme>[a-z]+)://(?<user>[^@/]*@)?(?<hosts>[^/?#@]+)(?<path>.*)$")]
    private static partial Regex Shape();

    /// <summary>The arguments a durable queue of this broker is declared with, added to <paramref name="arguments"/>.</summary>
    public Dictionary<string, object?> DurableQueueArguments(Dictionary<string, object?>? arguments = null)
    {
        arguments ??= [];
        if (QuorumQueues) arguments["x-queue-type"] = "quorum";
        return arguments;
    }

    /// <summary>A connection of this service's own account beside MassTransit's, named for what it does (the broker's connection list shows it).</summary>
    public Task<IConnection> ConnectAsync(string clientName, CancellationToken cancellationToken = default)
    {
        var factory = new ConnectionFactory
        {
            HostName = Host,
            Port = Port,
            VirtualHost = VirtualHost,
            UserName = Username,
            Password = Password,
            ClientProvidedName = clientName,
        };
        // A cluster: the first node that answers.
        return ClusterNodes.Count == 0
            ? factory.CreateConnectionAsync(cancellationToken)
            : factory.CreateConnectionAsync(ClusterNodes.Select(n => NodeOf(n)!.Value).Select(n => new AmqpTcpEndpoint(n.Host, n.Port)), clientName, cancellationToken);
    }
}
