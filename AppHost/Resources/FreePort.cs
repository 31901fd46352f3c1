using System.Net;
using System.Net.Sockets;

namespace NomadPlatform.AppHost.Resources;

static class FreePort
{
    static readonly HashSet<int> HandedOut = [];

    /// <summary>
    /// A TCP port nothing listens on now, for a server the AppHost starts itself; never the same twice,
    /// since the servers bind only later. Taken below the kernel's ephemeral range: a port from that
    /// range may be given to any outgoing connection before the server binds it (a broker that then
    /// could not listen, and a platform that never started).
    /// </summary>
    public static int Next()
    {
        var below = EphemeralRangeStart();
        lock (HandedOut)
        {
            while (true)
            {
                var port = Random.Shared.Next(10_000, below);
                if (!HandedOut.Contains(port) && Free(port) && HandedOut.Add(port)) return port;
            }
        }
    }

    static bool Free(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.IPv6Any, port);
            listener.Server.DualMode = true; // the broker listens on every address, IPv4 and IPv6
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    static int EphemeralRangeStart()
    {
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        return File.Exists(range) && int.TryParse(File.ReadAllText(range).Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0], out var start) && start > 11_000
            ? start
            : 32_768;
    }
}
