using System.Security.Cryptography.X509Certificates;

namespace NomadPlatform.HubIntake.Infrastructure.Seal;

/// <summary>The seal in memory (certificate with its key), and the gate that lets one request enrol at a time.</summary>
public sealed class SealCache : IDisposable
{
    public SemaphoreSlim Gate { get; } = new(1, 1);
    public X509Certificate2? Current { get; private set; }

    public void Set(X509Certificate2 seal)
    {
        var previous = Current;
        Current = seal;
        previous?.Dispose();
    }

    public void Dispose()
    {
        Current?.Dispose();
        Gate.Dispose();
    }
}
