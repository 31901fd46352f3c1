using System.Net;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NomadPlatform.NcaLayer;

/// <summary>
/// NCALayer's WebSocket endpoint (<c>wss://127.0.0.1:13579</c>) for development and tests: it signs
/// what a page asks with the keys it was given, without the dialog and PIN a real NCALayer shows, so it
/// answers only pages served from this machine (their <c>Origin</c> is localhost or 127.0.0.1).
/// Its TLS certificate is made at start for 127.0.0.1; a browser must be told to accept it.
/// </summary>
public sealed class NcaLayerServer : IAsyncDisposable
{
    public const int DefaultPort = 13579;
    const int MaxRequestBytes = 16 * 1024 * 1024;

    readonly WebApplication _app;

    NcaLayerServer(WebApplication app, Uri url) => (_app, Url) = (app, url);

    public Uri Url { get; }

    /// <param name="port">0 for any free port (tests).</param>
    /// <param name="clock">The time written into each signature (a simulation's moved clock, in tests the platform's).</param>
    public static async Task<NcaLayerServer> StartAsync(NcaLayerKeys keys, int port, Func<DateTimeOffset> clock, X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var tls = certificate ?? LoopbackCertificate();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(tls)));
        var app = builder.Build();
        app.UseWebSockets();
        app.Run(context => ServeAsync(context, keys, clock));
        await app.StartAsync();
        var bound = new Uri(app.Urls.Single());
        return new NcaLayerServer(app, new Uri($"wss://127.0.0.1:{bound.Port}"));
    }

    static async Task ServeAsync(HttpContext context, NcaLayerKeys keys, Func<DateTimeOffset> clock)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            // What a person opening the address sees: the certificate is accepted, the signer is here.
            await context.Response.WriteAsync("NCALayer development signer: connect over WebSocket.");
            return;
        }
        if (!FromThisMachine(context.Request.Headers.Origin))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await SendAsync(socket, NcaLayerProtocol.Greeting, context.RequestAborted);
        while (await ReceiveAsync(socket, context.RequestAborted) is { } request)
            await SendAsync(socket, NcaLayerProtocol.Answer(request, keys, clock()), context.RequestAborted);
    }

    static bool FromThisMachine(string? origin) =>
        origin is null || Uri.TryCreate(origin, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Host == "localhost");

    static async Task<string?> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
                return null;
            }
            message.Write(buffer, 0, received.Count);
            if (message.Length > MaxRequestBytes)
            {
                await socket.CloseAsync(WebSocketCloseStatus.MessageTooBig, "At most 16 MiB.", cancellationToken);
                return null;
            }
            if (received.EndOfMessage) return Encoding.UTF8.GetString(message.ToArray());
        }
    }

    static Task SendAsync(WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>A self-signed certificate for 127.0.0.1 and localhost, valid a year.</summary>
    public static X509Certificate2 LoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(1));
        // Kestrel on Linux needs the key in an exportable, loaded form.
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pkcs12), null);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
