using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NomadPlatform.AppHost.Resources;

public static class MessageBrokerExtensions
{
    const string LocalServer = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    /// <summary>
    /// The broker, in order of preference: an existing one (<c>ConnectionStrings:messaging</c>); a
    /// container when a Docker engine answers; otherwise the RabbitMQ installed on this machine.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddMessageBroker(this IDistributedApplicationBuilder builder, string name)
    {
        if (!string.IsNullOrEmpty(builder.Configuration.GetConnectionString(name)))
            return builder.AddConnectionString(name);
        if (DockerEngine.IsAvailable() && builder.Configuration["Messaging:Broker"] != "local")
            return builder.AddRabbitMQ(name);
        if (!File.Exists(LocalServer))
            throw new InvalidOperationException($"No broker: set ConnectionStrings:{name}, start a Docker engine, or install RabbitMQ (apt-get install rabbitmq-server).");
        return builder.AddLocalRabbitMq(name);
    }

    public static IResourceBuilder<IResourceWithConnectionString> AddLocalRabbitMq(this IDistributedApplicationBuilder builder, string name)
    {
        var data = DataDirectory.Resolve(builder, "rabbitmq");
        var port = FreePort.Next();
        var nodeName = builder.Configuration["Messaging:NodeName"] ?? "nomad";
        var pluginsFile = Path.Combine(data, "enabled_plugins");
        if (!File.Exists(pluginsFile)) File.WriteAllText(pluginsFile, "[].\n");

        var rabbit = new LocalRabbitMqResource(name, LocalServer, data, port);
        var healthKey = $"{name}-amqp";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(healthKey, _ => new RabbitMqHealthCheck(rabbit.ConnectionString), null, null));

        IResourceBuilder<IResourceWithConnectionString> resource = builder.AddResource(rabbit)
            .WithEnvironment("HOME", data)
            .WithEnvironment("RABBITMQ_NODENAME", $"{nodeName}@localhost")
            .WithEnvironment("RABBITMQ_NODE_PORT", port.ToString())
            .WithEnvironment("RABBITMQ_DIST_PORT", FreePort.Next().ToString())
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(data, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(data, "log"))
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", pluginsFile)
            .WithHealthCheck(healthKey);
        return resource;
    }
}
