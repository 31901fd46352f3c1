using System.Net;
using System.Net.Sockets;

namespace NomadPlatform.AppHost.Resources;

static class FreePort
{
    static readonly HashSet<int> HandedOut = [];

    /// <summary>
    /// A TCP port nothing listens on now, for a server the AppHost starts itself; never the same twice,
    /// since the servers bind only later and the kernel may offer a just-released port again.
    /// </summary>
    public static int Next()
    {
        lock (HandedOut)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
                if (HandedOut.Add(port)) return port;
            }
        }
    }
}
