using Microsoft.Extensions.Configuration;

namespace NomadPlatform.AppHost.Resources;

/// <summary>
/// How many instances of each agency's service run side by side (<c>Services:Replicas</c>, default one).
/// Each is its own process behind the AppHost's proxy, which spreads connections over them; twins share
/// their service's database and broker account, and take turns through leases in that database where one
/// at a time must act (the outbox relay, sweeps, the risk scan, webhooks, the first start's ceremonies).
/// </summary>
public static class ServiceInstances
{
    public static void Apply(IDistributedApplicationBuilder builder, params IResourceBuilder<ProjectResource>[] services)
    {
        var replicas = builder.Configuration.GetValue("Services:Replicas", 1);
        if (replicas is < 1 or > 8)
            throw new InvalidOperationException($"Services:Replicas is how many instances of each service run, 1 to 8; got {replicas}.");
        if (replicas == 1) return;
        foreach (var service in services) service.WithReplicas(replicas);
    }
}
