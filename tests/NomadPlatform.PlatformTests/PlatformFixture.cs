using NomadPlatform.PlatformHarness;

namespace NomadPlatform.PlatformTests;

/// <summary>The whole platform (with its dashboard, which the trace tests read), once per test run.</summary>
public class PlatformFixture : LocalPlatform, IAsyncLifetime
{
    // xunit wants exactly one public constructor on a fixture.
    public PlatformFixture() : base(withDashboard: true) { }

    protected PlatformFixture(bool withDashboard) : base(withDashboard) { }

    public Task InitializeAsync() => StartAsync(StartSettings);

    /// <summary>What a variant starts the AppHost with (e.g. another database provider).</summary>
    protected virtual string[] StartSettings => [];

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
