using NomadPlatform.AppHost.Resources;
using System.Diagnostics;
using RabbitMQ.Client;

namespace NomadPlatform.IntegrationTests.Fixtures;

/// <summary>
/// A real RabbitMQ for the test run: the one named by NOMAD_TEST_RABBITMQ, or the locally installed
/// server started on free ports with a throw-away data folder and the AppHost's accounts (one per
/// agency, an operator, no guest). <see cref="ConnectionString"/> is the operator's.
/// </summary>
public sealed class RabbitMqServer : IAsyncLifetime
{
    const string ServerBinary = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    Process? _process;
    Dictionary<string, string> _env = [];

    public string ConnectionString { get; private set; } = "";

    /// <summary>Each agency's broker account (user = the agency's service name) and its password.</summary>
    public IReadOnlyDictionary<string, string> AgencyPasswords { get; } =
        BrokerAccounts.Agencies.Keys.ToDictionary(agency => agency, _ => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)));

    readonly string _operatorPassword = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18));

    int _port;

    /// <summary>A partner's read-only account.</summary>
    public BrokerAccounts.Partner Partner { get; } = new("bank", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)));

    public string PartnerConnectionString => $"amqp://{Partner.User}:{Uri.EscapeDataString(Partner.Password)}@localhost:{_port}";

    /// <summary>An agency's own account on this broker.</summary>
    public string ConnectionStringFor(string agency) => $"amqp://{agency}:{Uri.EscapeDataString(AgencyPasswords[agency])}@localhost:{_port}";

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("NOMAD_TEST_RABBITMQ") is { Length: > 0 } existing)
        {
            ConnectionString = existing;
            return;
        }
        if (!File.Exists(ServerBinary))
            throw new InvalidOperationException("RabbitMQ is not installed: run 'apt-get install -y rabbitmq-server' (the test command does) or set NOMAD_TEST_RABBITMQ.");

        // A port can still be taken by the time the broker binds it: then the node stops, and another try uses new ports.
        for (var attempt = 1; ; attempt++)
        {
            if (await TryStartAsync()) return;
            if (attempt == 3) throw new InvalidOperationException("RabbitMQ did not start after 3 tries; see the logs under /tmp/nomad-rabbitmq-*.");
        }
    }

    async Task<bool> TryStartAsync()
    {
        var data = Directory.CreateTempSubdirectory("nomad-rabbitmq-").FullName;
        var port = LocalProcess.FreePort();
        File.WriteAllText(Path.Combine(data, "enabled_plugins"), "[].\n");
        var definitions = Path.Combine(data, "definitions.json");
        File.WriteAllText(definitions, BrokerAccounts.Definitions(AgencyPasswords.Select(a => BrokerAccounts.For(a.Key, a.Value)), [Partner], _operatorPassword));
        File.WriteAllText(Path.Combine(data, "rabbitmq.conf"), $"definitions.import_backend = local_filesystem\ndefinitions.local.path = {definitions}\n");
        _env = new Dictionary<string, string>
        {
            ["HOME"] = data,
            ["RABBITMQ_NODENAME"] = $"nomadtest{port}@localhost",
            ["RABBITMQ_NODE_PORT"] = port.ToString(),
            ["RABBITMQ_DIST_PORT"] = LocalProcess.FreePort().ToString(),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(data, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(data, "log"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(data, "enabled_plugins"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(data, "rabbitmq.conf"),
        };
        _process = LocalProcess.StartServer(ServerBinary, [], _env);
        _port = port;
        ConnectionString = $"amqp://{BrokerAccounts.Operator}:{Uri.EscapeDataString(_operatorPassword)}@localhost:{port}";
        var process = _process;
        await LocalProcess.WaitUntilAsync(async () => process.HasExited || await CanConnectAsync(), TimeSpan.FromSeconds(60), "RabbitMQ");
        return !process.HasExited;
    }

    public async Task<IConnection> ConnectAsync() =>
        await new ConnectionFactory { Uri = new Uri(ConnectionString) }.CreateConnectionAsync();

    async Task<bool> CanConnectAsync()
    {
        try
        {
            await using var connection = await ConnectAsync();
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    public async Task DisposeAsync()
    {
        if (_process is null) return;
        try
        {
            await LocalProcess.RunAsync("/usr/lib/rabbitmq/bin/rabbitmqctl", ["stop"], _env);
        }
        catch (InvalidOperationException)
        {
            // Already gone: kill whatever is left below.
        }
        if (!_process.WaitForExit(10_000)) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
