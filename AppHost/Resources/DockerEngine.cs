using System.Net.Sockets;

namespace NomadPlatform.AppHost.Resources;

static class DockerEngine
{
    /// <summary>True when a Docker engine answers on its socket (the client alone is not enough).</summary>
    public static bool IsAvailable()
    {
        const string socketPath = "/var/run/docker.sock";
        if (!File.Exists(socketPath)) return false;
        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Connect(new UnixDomainSocketEndPoint(socketPath));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
