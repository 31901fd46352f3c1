namespace NomadPlatform.PlatformTests;

/// <summary>
/// A whole platform for one test class that lets months or years pass, so the shared platform stays in
/// the years whose data (calendar, MCI) the other tests rely on. Test classes run one after another;
/// only the shared platform runs a dashboard, so two never race for its ports.
/// </summary>
public sealed class TimeTravelPlatform() : PlatformFixture(withDashboard: false);
