namespace NomadPlatform.BrowserTests;

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalPlatform>
{
    public const string Name = "portal";
}
