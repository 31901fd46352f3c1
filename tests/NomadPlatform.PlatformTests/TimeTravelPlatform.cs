namespace NomadPlatform.PlatformTests;

/// <summary>
/// A whole platform for one test class that lets months or years pass, so the shared platform stays in
/// the years whose data (calendar, MCI) the other tests rely on. Test classes run one after another.
/// </summary>
public sealed class TimeTravelPlatform : PlatformFixture
{
    protected override bool WithDashboard => false;
}
