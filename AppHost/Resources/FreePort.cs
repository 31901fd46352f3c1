using System.Net;
using System.Net.Sockets;

namespace NomadPlatform.AppHost.Resources;

static class FreePort
{
    /// <summary>A TCP port nothing listens on now, for a server the AppHost starts itself.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
