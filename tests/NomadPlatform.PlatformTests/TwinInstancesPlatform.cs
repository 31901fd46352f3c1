namespace NomadPlatform.PlatformTests;

/// <summary>
/// A whole platform with two instances of every agency's service, sharing each service's database (on
/// PostgreSQL, as agencies running twins would deploy; the twins share SQLite files in the fault-injection
/// run) and broker account.
/// </summary>
public sealed class TwinInstancesPlatform : PlatformFixture
{
    public TwinInstancesPlatform() : base(withDashboard: false) => Instances = 2;

    protected override string[] StartSettings => ["--Database:Provider=Postgres"];
}
