using System.Security.Cryptography;

namespace NomadPlatform.AppHost.Resources;

public static class SqlServerContainerExtensions
{
    /// <summary>
    /// SQL Server in a container, for machines with a Docker engine (Aspire's SQL Server integration is
    /// not served here, so the container is declared directly). The sa password is generated per run.
    /// </summary>
    public static IResourceBuilder<ContainerResource> AddSqlServerContainer(this IDistributedApplicationBuilder builder, string name, out ReferenceExpression serverConnection)
    {
        var password = builder.AddParameter($"{name}-password", $"Nm-{Convert.ToHexString(RandomNumberGenerator.GetBytes(12))}a!", secret: true);
        var server = builder.AddContainer(name, "mcr.microsoft.com/mssql/server", "2022-latest")
            .WithEnvironment("ACCEPT_EULA", "Y")
            .WithEnvironment("MSSQL_SA_PASSWORD", password)
            .WithEndpoint(targetPort: 1433, name: "tds");
        var endpoint = server.GetEndpoint("tds");
        serverConnection = ReferenceExpression.Create(
            $"Server={endpoint.Property(EndpointProperty.Host)},{endpoint.Property(EndpointProperty.Port)};User ID=sa;Password={password};TrustServerCertificate=true");
        return server;
    }
}
