using System.Diagnostics;

namespace NomadPlatform.IntegrationTests.Fixtures;

/// <summary>Runs a server binary of this machine for a test run (as a non-root user where the server insists).</summary>
static class LocalProcess
{
    public static bool IsRoot => Environment.UserName == "root";

    public static async Task<string> RunAsync(string file, IEnumerable<string> args, IDictionary<string, string>? env = null, string? asUser = null)
    {
        using var process = Start(file, args, env, asUser);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} exited with {process.ExitCode}: {await error}{await output}");
        return await output;
    }

    /// <summary>Starts a long-running server; its console output is read and dropped so it never blocks on a full pipe.</summary>
    public static Process StartServer(string file, IEnumerable<string> args, IDictionary<string, string>? env = null, string? asUser = null)
    {
        var process = Start(file, args, env, asUser);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    static Process Start(string file, IEnumerable<string> args, IDictionary<string, string>? env, string? asUser)
    {
        var info = new ProcessStartInfo
        {
            FileName = asUser is null ? file : "runuser",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asUser is not null)
        {
            info.ArgumentList.Add("-u");
            info.ArgumentList.Add(asUser);
            info.ArgumentList.Add("--");
            info.ArgumentList.Add(file);
        }
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (key, value) in env ?? new Dictionary<string, string>()) info.Environment[key] = value;
        return Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
    }

    static readonly HashSet<int> HandedOut = [];

    /// <summary>
    /// A port nothing listens on now, never the same twice in this process: servers bind seconds
    /// later (RabbitMQ boots slowly), and the kernel may offer a just-released port again.
    /// </summary>
    public static int FreePort()
    {
        lock (HandedOut)
        {
            while (true)
            {
                var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
                listener.Start();
                var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
                if (HandedOut.Add(port)) return port;
            }
        }
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> ready, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await ready()) return;
            await Task.Delay(250);
        }
        throw new TimeoutException($"{what} was not ready after {timeout.TotalSeconds:0} s.");
    }
}
