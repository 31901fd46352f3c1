using NomadPlatform.PlatformHarness;

namespace NomadPlatform.PlatformTests;

/// <summary>The whole platform (with its dashboard, which the trace tests read), once per test run.</summary>
public class PlatformFixture(bool withDashboard) : LocalPlatform(withDashboard), IAsyncLifetime
{
    public PlatformFixture() : this(withDashboard: true) { }

    public Task InitializeAsync() => StartAsync();

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
