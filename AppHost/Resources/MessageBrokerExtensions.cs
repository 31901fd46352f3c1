using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace NomadPlatform.AppHost.Resources;

public static class MessageBrokerExtensions
{
    const string LocalServer = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    const string LocalControl = "/usr/lib/rabbitmq/bin/rabbitmqctl";

    /// <summary>
    /// The broker, in order of preference: an existing one (<c>ConnectionStrings:messaging</c>); a
    /// container when a Docker engine answers; otherwise the RabbitMQ installed on this machine.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddMessageBroker(this IDistributedApplicationBuilder builder, string name,
        IReadOnlyList<BrokerAccounts.Account> accounts, IReadOnlyList<BrokerAccounts.Partner> partners, string operatorPassword)
    {
        if (!string.IsNullOrEmpty(builder.Configuration.GetConnectionString(name)))
            return builder.AddConnectionString(name);
        if (DockerEngine.IsAvailable() && builder.Configuration["Messaging:Broker"] != "local")
            return builder.AddRabbitMQ(name);
        if (!File.Exists(LocalServer))
            throw new InvalidOperationException($"No broker: set ConnectionStrings:{name}, start a Docker engine, or install RabbitMQ (apt-get install rabbitmq-server).");
        return builder.AddLocalRabbitMq(name, accounts, partners, operatorPassword);
    }

    /// <summary>
    /// The agency's service on the broker: with the local broker, its own account (the password as a
    /// secret file, <c>Messaging:Password</c>); an existing broker's connection string is passed as given.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithBroker(this IResourceBuilder<ProjectResource> service,
        IResourceBuilder<IResourceWithConnectionString> broker, Agency agency)
    {
        service.WaitFor(broker);
        return broker.Resource is LocalRabbitMqResource local
            ? service.WithEnvironment($"ConnectionStrings__{broker.Resource.Name}", local.ConnectionStringFor(agency.Resource))
            : service.WithReference(broker);
    }

    public static IResourceBuilder<IResourceWithConnectionString> AddLocalRabbitMq(this IDistributedApplicationBuilder builder, string name,
        IReadOnlyList<BrokerAccounts.Account> accounts, IReadOnlyList<BrokerAccounts.Partner> partners, string operatorPassword)
    {
        var data = DataDirectory.Resolve(builder, "rabbitmq");
        var port = FreePort.Next();
        var nodeName = builder.Configuration["Messaging:NodeName"] ?? "nomad";
        var pluginsFile = Path.Combine(data, "enabled_plugins");
        if (!File.Exists(pluginsFile)) File.WriteAllText(pluginsFile, "[].\n");

        // Loaded at every boot; on the node's first boot it also means no guest account is ever created.
        var definitions = Path.Combine(data, "definitions.json");
        File.WriteAllText(definitions, BrokerAccounts.Definitions(accounts, partners, operatorPassword));
        var config = Path.Combine(data, "rabbitmq.conf");
        File.WriteAllText(config, $"definitions.import_backend = local_filesystem\ndefinitions.local.path = {definitions}\n");
        if (!OperatingSystem.IsWindows())
            foreach (var file in new[] { definitions, config }) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var rabbit = new LocalRabbitMqResource(name, LocalServer, data, port);
        var healthKey = $"{name}-amqp";
        var operatorAddress = $"amqp://{BrokerAccounts.Operator}:{Uri.EscapeDataString(operatorPassword)}@localhost:{port}";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(healthKey, _ => new RabbitMqHealthCheck(operatorAddress), null, null));

        IResourceBuilder<IResourceWithConnectionString> resource = builder.AddResource(rabbit)
            .WithEnvironment("HOME", data)
            .WithEnvironment("RABBITMQ_NODENAME", $"{nodeName}@localhost")
            .WithEnvironment("RABBITMQ_NODE_PORT", port.ToString())
            .WithEnvironment("RABBITMQ_DIST_PORT", FreePort.Next().ToString())
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(data, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(data, "log"))
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", pluginsFile)
            .WithEnvironment("RABBITMQ_CONFIG_FILE", config)
            .WithHealthCheck(healthKey);
        // A node first booted before the accounts existed still has guest: removed once the node answers.
        builder.Eventing.Subscribe<ResourceReadyEvent>(rabbit, async (ready, cancellationToken) =>
        {
            if (await RemoveGuestAsync(data, $"{nodeName}@localhost", cancellationToken) is { } problem)
                ready.Services.GetRequiredService<ResourceLoggerService>().GetLogger(rabbit).LogError("The broker's guest account could not be removed: {Problem}", problem);
        });
        return resource;
    }

    /// <summary>Null once the node has no guest account, else what rabbitmqctl said.</summary>
    static async Task<string?> RemoveGuestAsync(string data, string node, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(LocalControl, ["-n", node, "delete_user", "guest"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["HOME"] = data },
        };
        using var control = Process.Start(start) ?? throw new InvalidOperationException($"{LocalControl} did not start.");
        await control.WaitForExitAsync(cancellationToken);
        // Exit 0: removed; "does not exist": the node never had one (booted with the accounts).
        var said = await control.StandardError.ReadToEndAsync(cancellationToken) + await control.StandardOutput.ReadToEndAsync(cancellationToken);
        return control.ExitCode == 0 || said.Contains("does not exist", StringComparison.Ordinal) ? null : said.Trim();
    }
}
