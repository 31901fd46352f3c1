using NomadPlatform.AppHost.Resources;
using System.Diagnostics;
using RabbitMQ.Client;

namespace NomadPlatform.IntegrationTests.Fixtures;

/// <summary>
/// A real RabbitMQ for the test run: the one named by NOMAD_TEST_RABBITMQ, or the locally installed
/// server started on free ports with a throw-away data folder and the AppHost's accounts (one per
/// agency, an operator, no guest). <see cref="ConnectionString"/> is the operator's.
/// </summary>
public class RabbitMqServer : IAsyncLifetime
{
    readonly List<LocalRabbitMqNode> _nodes = [];
    readonly Dictionary<LocalRabbitMqNode, Process> _processes = [];

    /// <summary>How many nodes are clustered (the AppHost's <c>Messaging:Nodes</c>).</summary>
    protected virtual int NodeCount => 1;

    public string ConnectionString { get; private set; } = "";

    /// <summary>Each agency's broker account (user = the agency's service name) and its password.</summary>
    public IReadOnlyDictionary<string, string> AgencyPasswords { get; } =
        BrokerAccounts.Agencies.Keys.ToDictionary(agency => agency, _ => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)));

    readonly string _operatorPassword = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18));

    /// <summary>A partner's read-only account.</summary>
    public BrokerAccounts.Partner Partner { get; } = new("bank", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)));

    public string PartnerConnectionString => $"amqp://{Partner.User}:{Uri.EscapeDataString(Partner.Password)}@{Hosts}";

    /// <summary>An agency's own account on this broker (every node of a cluster).</summary>
    public string ConnectionStringFor(string agency) => $"amqp://{agency}:{Uri.EscapeDataString(AgencyPasswords[agency])}@{Hosts}";

    public IReadOnlyList<LocalRabbitMqNode> Nodes => _nodes;

    string Hosts => string.Join(",", _nodes.Select(n => $"localhost:{n.Port}"));

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("NOMAD_TEST_RABBITMQ") is { Length: > 0 } existing && NodeCount == 1)
        {
            ConnectionString = existing;
            return;
        }
        if (!File.Exists(LocalRabbitMqNode.Server))
            throw new InvalidOperationException("RabbitMQ is not installed: run 'apt-get install -y rabbitmq-server' (the test command does) or set NOMAD_TEST_RABBITMQ.");

        // A port can still be taken by the time the broker binds it: then the node stops, and another try uses new ports.
        for (var attempt = 1; ; attempt++)
        {
            if (await TryStartAsync()) return;
            await DisposeAsync();
            if (attempt == 3) throw new InvalidOperationException("RabbitMQ did not start after 3 tries; see the logs under /tmp/nomad-rabbitmq-*.");
        }
    }

    async Task<bool> TryStartAsync()
    {
        var data = Directory.CreateTempSubdirectory("nomad-rabbitmq-").FullName;
        var first = LocalProcess.FreePort();
        _nodes.Clear();
        _nodes.AddRange(Enumerable.Range(1, NodeCount).Select(i => new LocalRabbitMqNode(
            NodeCount == 1 ? $"nomadtest{first}" : $"nomadtest{first}-{i}",
            NodeCount == 1 ? data : Path.Combine(data, $"node-{i}"),
            i == 1 ? first : LocalProcess.FreePort(), LocalProcess.FreePort())));
        var definitions = BrokerAccounts.Definitions(AgencyPasswords.Select(a => BrokerAccounts.For(a.Key, a.Value)), [Partner], _operatorPassword);
        foreach (var node in _nodes) node.Prepare(definitions, _nodes, NodeCount > 1 ? data : null);
        ConnectionString = $"amqp://{BrokerAccounts.Operator}:{Uri.EscapeDataString(_operatorPassword)}@{Hosts}";

        // The first forms the cluster; the others, blank, join it.
        if (!await StartAsync(_nodes[0])) return false;
        var joined = await Task.WhenAll(_nodes.Skip(1).Select(StartAsync));
        return joined.All(started => started);
    }

    /// <summary>Starts a node (again, after <see cref="Kill"/>) and waits until it takes connections.</summary>
    public async Task<bool> StartAsync(LocalRabbitMqNode node)
    {
        var process = LocalProcess.StartServer(LocalRabbitMqNode.Server, [], node.Environment.ToDictionary());
        _processes[node] = process;
        await LocalProcess.WaitUntilAsync(async () => process.HasExited || await CanConnectAsync(node), TimeSpan.FromSeconds(90), $"RabbitMQ node {node.NodeName}");
        return !process.HasExited;
    }

    /// <summary>Kills a node as a crash would: no goodbye to its peers or its clients.</summary>
    public void Kill(LocalRabbitMqNode node)
    {
        var process = _processes[node];
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>The operator's connection, to the first node that answers.</summary>
    public async Task<IConnection> ConnectAsync() => _nodes.Count == 0
        ? await new ConnectionFactory { Uri = new Uri(ConnectionString) }.CreateConnectionAsync()
        : await new ConnectionFactory { UserName = BrokerAccounts.Operator, Password = _operatorPassword }
            .CreateConnectionAsync(_nodes.Select(n => new AmqpTcpEndpoint("localhost", n.Port)));

    async Task<bool> CanConnectAsync(LocalRabbitMqNode node)
    {
        try
        {
            var factory = new ConnectionFactory { Uri = new Uri($"amqp://{BrokerAccounts.Operator}:{Uri.EscapeDataString(_operatorPassword)}@localhost:{node.Port}") };
            await using var connection = await factory.CreateConnectionAsync();
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var (node, process) in _processes)
        {
            if (!process.HasExited)
            {
                try
                {
                    await LocalProcess.RunAsync(LocalRabbitMqNode.Control, ["-n", node.NodeName, "stop"], node.Environment.ToDictionary());
                }
                catch (InvalidOperationException)
                {
                    // Already gone: kill whatever is left below.
                }
                if (!process.WaitForExit(10_000)) process.Kill(entireProcessTree: true);
            }
            process.Dispose();
        }
        _processes.Clear();
    }
}

/// <summary>Three local RabbitMQ nodes clustered, as the AppHost starts them with <c>Messaging:Nodes=3</c>.</summary>
public sealed class RabbitMqCluster : RabbitMqServer
{
    protected override int NodeCount => 3;
}
