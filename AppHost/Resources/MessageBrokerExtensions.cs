using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace NomadPlatform.AppHost.Resources;

public static class MessageBrokerExtensions
{
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
        if (!File.Exists(LocalRabbitMqNode.Server))
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
        if (broker.Resource is not LocalRabbitMqResource local) return service.WithReference(broker);
        foreach (var peer in local.Peers) service.WaitFor(service.ApplicationBuilder.CreateResourceBuilder(peer));
        return service.WithEnvironment($"ConnectionStrings__{broker.Resource.Name}", local.ConnectionStringFor(agency.Resource));
    }

    /// <summary>
    /// The local broker: one node, or with <c>Messaging:Nodes</c> (3 for a cluster that survives losing
    /// one) that many nodes clustered, named <c>{name}</c>, <c>{name}-2</c>, … in the dashboard. Services
    /// connect through every node's address and wait for all of them.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddLocalRabbitMq(this IDistributedApplicationBuilder builder, string name,
        IReadOnlyList<BrokerAccounts.Account> accounts, IReadOnlyList<BrokerAccounts.Partner> partners, string operatorPassword)
    {
        var count = builder.Configuration.GetValue("Messaging:Nodes", 1);
        if (count < 1) throw new InvalidOperationException($"Messaging:Nodes is the number of local broker nodes (1, or 3 for a cluster); got {count}.");
        var nodeName = builder.Configuration["Messaging:NodeName"] ?? "nomad";
        // A cluster keeps its data apart from the single node's: its queues are quorum queues, the node's classic.
        List<LocalRabbitMqNode> nodes = count == 1
            ? [new LocalRabbitMqNode(nodeName, DataDirectory.Resolve(builder, "rabbitmq"), FreePort.Next(), FreePort.Next())]
            : Enumerable.Range(1, count).Select(i =>
                new LocalRabbitMqNode($"{nodeName}-{i}", DataDirectory.Resolve(builder, "rabbitmq-cluster", $"node-{i}"), FreePort.Next(), FreePort.Next())).ToList();
        var clusterSecret = count > 1 ? builder.PersistentSecretValue("broker-cluster-cookie") : null;
        var definitions = BrokerAccounts.Definitions(accounts, partners, operatorPassword);

        var resources = new List<IResourceBuilder<LocalRabbitMqResource>>();
        foreach (var node in nodes)
        {
            // A blank node joins the first peer that answers: only once the first node has formed the cluster.
            var firstBoot = !node.HasBooted;
            node.Prepare(definitions, nodes, clusterSecret);
            var resource = builder.AddLocalRabbitMqNode(resources.Count == 0 ? name : $"{name}-{resources.Count + 1}", node, nodes, operatorPassword);
            if (resources.Count > 0 && firstBoot) resource.WaitFor(resources[0]);
            resources.Add(resource);
        }
        resources[0].Resource.Peers = resources.Skip(1).Select(r => r.Resource).ToList();
        return resources[0];
    }

    static IResourceBuilder<LocalRabbitMqResource> AddLocalRabbitMqNode(this IDistributedApplicationBuilder builder, string name,
        LocalRabbitMqNode node, IReadOnlyList<LocalRabbitMqNode> cluster, string operatorPassword)
    {
        var rabbit = new LocalRabbitMqResource(name, LocalRabbitMqNode.Server, node.DataDirectory,
            [node.Port, .. cluster.Where(n => n != node).Select(n => n.Port)]);
        var healthKey = $"{name}-amqp";
        var operatorAddress = $"amqp://{BrokerAccounts.Operator}:{Uri.EscapeDataString(operatorPassword)}@localhost:{node.Port}";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(healthKey, _ => new RabbitMqHealthCheck(operatorAddress), null, null));

        var resource = builder.AddResource(rabbit).WithHealthCheck(healthKey);
        foreach (var (key, value) in node.Environment) resource.WithEnvironment(key, value);
        // A node first booted before the accounts existed still has guest: removed once the node answers.
        builder.Eventing.Subscribe<ResourceReadyEvent>(rabbit, async (ready, cancellationToken) =>
        {
            if (await RemoveGuestAsync(node, cancellationToken) is { } problem)
                ready.Services.GetRequiredService<ResourceLoggerService>().GetLogger(rabbit).LogError("The broker's guest account could not be removed: {Problem}", problem);
        });
        return resource;
    }

    /// <summary>Null once the node has no guest account, else what rabbitmqctl said.</summary>
    static async Task<string?> RemoveGuestAsync(LocalRabbitMqNode node, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(LocalRabbitMqNode.Control, ["-n", node.NodeName, "delete_user", "guest"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["HOME"] = node.DataDirectory },
        };
        using var control = Process.Start(start) ?? throw new InvalidOperationException($"{LocalRabbitMqNode.Control} did not start.");
        await control.WaitForExitAsync(cancellationToken);
        // Exit 0: removed; "does not exist": the node never had one (booted with the accounts).
        var said = await control.StandardError.ReadToEndAsync(cancellationToken) + await control.StandardOutput.ReadToEndAsync(cancellationToken);
        return control.ExitCode == 0 || said.Contains("does not exist", StringComparison.Ordinal) ? null : said.Trim();
    }
}
