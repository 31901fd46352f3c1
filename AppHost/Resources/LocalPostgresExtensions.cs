using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NomadPlatform.AppHost.Resources;

public static class LocalPostgresExtensions
{
    /// <summary>
    /// Starts this machine's PostgreSQL binaries on a free port, with a cluster under the data folder
    /// (created on first run, owner role <c>nomad</c>, local trust authentication). PostgreSQL refuses to
    /// run as root, so under root the server runs as the <c>postgres</c> user (setpriv: no process in between).
    /// </summary>
    public static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name)
    {
        var bin = FindBinaries();
        var root = DataDirectory.Resolve(builder, "postgres");
        var cluster = Path.Combine(root, "cluster");
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        if (!File.Exists(Path.Combine(cluster, "PG_VERSION"))) InitializeCluster(bin, root, cluster, runAs);

        var port = FreePort.Next();
        var command = runAs is null ? Path.Combine(bin, "postgres") : "/usr/bin/setpriv";
        string[] args = ["-D", cluster, "-p", port.ToString(), "-k", root, "-c", "listen_addresses=127.0.0.1"];
        if (runAs is not null) args = [$"--reuid={runAs}", $"--regid={runAs}", "--init-groups", Path.Combine(bin, "postgres"), .. args];

        var server = new LocalPostgresResource(name, command, root, port);
        var healthKey = $"{name}-sql";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(healthKey, _ => new PostgresHealthCheck(server.ConnectionString), null, null));
        return builder.AddResource(server).WithArgs(args).WithHealthCheck(healthKey);
    }

    static void InitializeCluster(string bin, string root, string cluster, string? runAs)
    {
        if (runAs is not null) Run("chown", ["-R", runAs, root]);
        string[] initdb = [Path.Combine(bin, "initdb"), "-D", cluster, "-U", "nomad", "--auth=trust", "-E", "UTF8"];
        if (runAs is null) Run(initdb[0], initdb[1..]);
        else Run("/usr/bin/setpriv", [$"--reuid={runAs}", $"--regid={runAs}", "--init-groups", .. initdb]);
    }

    static void Run(string file, string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} failed: {error}");
    }

    static string FindBinaries()
    {
        if (File.Exists("/usr/local/bin/postgres")) return "/usr/local/bin";
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).FirstOrDefault(b => File.Exists(Path.Combine(b, "postgres")))
            : null;
        return debian ?? throw new InvalidOperationException("No PostgreSQL server binaries: apt-get install postgresql, or set ConnectionStrings:postgres.");
    }
}
