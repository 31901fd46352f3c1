using System.Security.Cryptography.X509Certificates;

namespace NomadPlatform.Infrastructure.Seal;

/// <summary>The seal in memory (certificate with its key), and the gate that lets one request enrol at a time.</summary>
public sealed class SealCache : IDisposable
{
    public SemaphoreSlim Gate { get; } = new(1, 1);
    public X509Certificate2? Current { get; private set; }

    /// <summary>The previous seal is not disposed: a request may still be signing with it; the GC frees it.</summary>
    public void Set(X509Certificate2 seal) => Current = seal;

    /// <summary>Forgets the seal if it is still <paramref name="serialNumber"/> (a newer one stays).</summary>
    public void Forget(string serialNumber)
    {
        if (Current?.SerialNumber == serialNumber) Current = null;
    }

    public void Dispose()
    {
        Current?.Dispose();
        Gate.Dispose();
    }
}
