using System.Collections.Concurrent;
using System.Reflection;
using MassTransit;
using NomadPlatform.Contracts;
using NomadPlatform.Infrastructure.Messaging;

namespace NomadPlatform.PlatformHarness.Faults;

/// <summary>
/// A partner system subscribed to every case event of the public contract through its own durable
/// queue, keeping each copy it receives (message id, event, case) as a partner would log them.
/// </summary>
public sealed class PartnerFeed : IAsyncDisposable
{
    public sealed record Copy(Guid MessageId, string EventType, Guid CaseId);

    readonly ConcurrentQueue<Copy> _copies = new();
    readonly IBusControl _bus;

    PartnerFeed(string brokerUrl, string queue)
    {
        var broker = BrokerAddress.Parse(brokerUrl);
        _bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
            {
                host.Username(broker.Username);
                host.Password(broker.Password);
                if (broker.ClusterNodes.Count > 0) host.UseCluster(cluster => { foreach (var node in broker.ClusterNodes) cluster.Node(node); });
            });
            // A partner's account declares only queues under its own name.
            rabbit.OverrideDefaultBusEndpointQueueName($"{queue}-bus");
            rabbit.ReceiveEndpoint(queue, endpoint =>
            {
                // On a cluster, replicated: a classic queue lives on one node, and misses what comes while that node is down.
                if (broker.QuorumQueues) endpoint.SetQuorumQueue();
                foreach (var eventType in CaseEventTypes)
                    Subscribe.MakeGenericMethod(eventType).Invoke(this, [endpoint]);
            });
        });
    }

    /// <summary>Subscribes before the first case starts: a queue only receives what is published after it is bound.</summary>
    public static async Task<PartnerFeed> StartAsync(string brokerUrl, string queue)
    {
        var feed = new PartnerFeed(brokerUrl, queue);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await feed._bus.StartAsync(timeout.Token);
        return feed;
    }

    public IReadOnlyList<Copy> Copies => [.. _copies];

    static readonly Type[] CaseEventTypes = typeof(ICaseEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICaseEvent).IsAssignableFrom(t)).ToArray();

    static readonly MethodInfo Subscribe = typeof(PartnerFeed).GetMethod(nameof(SubscribeTo), BindingFlags.Instance | BindingFlags.NonPublic)!;

    void SubscribeTo<TEvent>(IReceiveEndpointConfigurator endpoint) where TEvent : class, ICaseEvent =>
        endpoint.Handler<TEvent>(context =>
        {
            _copies.Enqueue(new Copy(context.MessageId ?? Guid.Empty, typeof(TEvent).Name, context.Message.CaseId));
            return Task.CompletedTask;
        });

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
