using System.Diagnostics;
using RabbitMQ.Client;

namespace NomadPlatform.IntegrationTests.Fixtures;

/// <summary>
/// A real RabbitMQ for the test run: the one named by NOMAD_TEST_RABBITMQ, or the locally installed
/// server started on free ports with a throw-away data folder.
/// </summary>
public sealed class RabbitMqServer : IAsyncLifetime
{
    const string ServerBinary = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    Process? _process;
    Dictionary<string, string> _env = [];

    public string ConnectionString { get; private set; } = "";

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
        _env = new Dictionary<string, string>
        {
            ["HOME"] = data,
            ["RABBITMQ_NODENAME"] = $"nomadtest{port}@localhost",
            ["RABBITMQ_NODE_PORT"] = port.ToString(),
            ["RABBITMQ_DIST_PORT"] = LocalProcess.FreePort().ToString(),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(data, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(data, "log"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(data, "enabled_plugins"),
        };
        _process = LocalProcess.StartServer(ServerBinary, [], _env);
        ConnectionString = $"amqp://guest:guest@localhost:{port}";
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
