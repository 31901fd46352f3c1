using Microsoft.Extensions.Hosting;

namespace NomadPlatform.IntegrationTests.TestService;

/// <summary>A started host that is stopped (relay and bus included) before it is disposed.</summary>
public sealed class RunningHost(IHost host) : IAsyncDisposable
{
    public IHost Host { get; } = host;

    public IServiceProvider Services => Host.Services;

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}
