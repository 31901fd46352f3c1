namespace NomadPlatform.AppHost.Resources;

public static class ServiceDatabaseExtensions
{
    /// <summary>Gives a service its own database and lets it apply its migrations at start.</summary>
    public static IResourceBuilder<ProjectResource> WithServiceDatabase(this IResourceBuilder<ProjectResource> service, ServiceDatabases databases, string name)
    {
        service
            .WithReference(databases.For(name))
            .WithEnvironment("Database__Provider", databases.Provider)
            .WithEnvironment("Database__MigrateOnStart", "true");
        return databases.Server is { } server ? service.WaitFor(server) : service;
    }
}
