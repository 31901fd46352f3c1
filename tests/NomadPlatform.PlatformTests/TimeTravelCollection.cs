namespace NomadPlatform.PlatformTests;

/// <summary>
/// Tests that let a year or more pass get a platform of their own, so the shared one stays in the
/// years whose data (calendar, MCI) the others rely on. Collections run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TimeTravelCollection : ICollectionFixture<TimeTravelPlatform>
{
    public const string Name = "time travel";
}

public sealed class TimeTravelPlatform : PlatformFixture;
