namespace NomadPlatform.PlatformTests;

/// <summary>A whole platform with two instances of every agency's service, sharing each service's database and broker account.</summary>
public sealed class TwinInstancesPlatform : PlatformFixture
{
    public TwinInstancesPlatform() : base(withDashboard: false) => Instances = 2;
}
