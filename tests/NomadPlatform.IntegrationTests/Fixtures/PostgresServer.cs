using System.Diagnostics;

namespace NomadPlatform.IntegrationTests.Fixtures;

/// <summary>
/// A real PostgreSQL server for the test run: the one named by NOMAD_TEST_POSTGRES, or the
/// machine's PostgreSQL binaries started on a free port with a throw-away cluster.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    static readonly string BinDirectory = FindBinaries();
    Process? _process;
    string _data = "";
    string? _runAs;

    public string ServerConnectionString { get; private set; } = "";

    public string ConnectionStringFor(string database) => $"{ServerConnectionString};Database={database}";

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("NOMAD_TEST_POSTGRES") is { Length: > 0 } existing)
        {
            ServerConnectionString = existing;
            return;
        }
        // PostgreSQL refuses to run as root.
        _runAs = LocalProcess.IsRoot ? "postgres" : null;
        var root = Directory.CreateTempSubdirectory("nomad-postgres-");
        _data = Path.Combine(root.FullName, "data");
        if (_runAs is not null) await LocalProcess.RunAsync("chown", [_runAs, root.FullName]);

        await LocalProcess.RunAsync(Path.Combine(BinDirectory, "initdb"), ["-D", _data, "-U", "nomad", "--auth=trust", "-E", "UTF8", "--no-sync"], asUser: _runAs);
        var port = LocalProcess.FreePort();
        _process = LocalProcess.StartServer(Path.Combine(BinDirectory, "postgres"),
            // Every test's service gets a database of its own, and Npgsql keeps a pool of idle connections per
            // database for minutes: the collections running side by side hold more than the default 100.
            ["-D", _data, "-p", port.ToString(), "-k", root.FullName, "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=400"], null,
            _runAs);
        ServerConnectionString = $"Host=127.0.0.1;Port={port};Username=nomad";
        await LocalProcess.WaitUntilAsync(CanConnectAsync, TimeSpan.FromSeconds(30), "PostgreSQL");
    }

    async Task<bool> CanConnectAsync()
    {
        try
        {
            await using var connection = new Npgsql.NpgsqlConnection($"{ServerConnectionString};Database=postgres");
            await connection.OpenAsync();
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>The image's binaries in /usr/local/bin, else Debian's postgresql package.</summary>
    static string FindBinaries()
    {
        if (File.Exists("/usr/local/bin/initdb")) return "/usr/local/bin";
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).FirstOrDefault(b => File.Exists(Path.Combine(b, "initdb")))
            : null;
        return debian ?? throw new InvalidOperationException("PostgreSQL server binaries not found: run scripts/setup.sh or set NOMAD_TEST_POSTGRES.");
    }

    public async Task DisposeAsync()
    {
        if (_process is null) return;
        await LocalProcess.RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["stop", "-D", _data, "-m", "fast"], asUser: _runAs);
        _process.WaitForExit(10_000);
        _process.Dispose();
    }
}
