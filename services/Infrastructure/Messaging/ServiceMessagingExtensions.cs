using MassTransit;
using MassTransit.Middleware;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Inbox;
using NomadPlatform.Infrastructure.Metrics;
using NomadPlatform.Infrastructure.Outbox;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Risk;
using NomadPlatform.Contracts.Operations;

namespace NomadPlatform.Infrastructure.Messaging;

public static class ServiceMessagingExtensions
{
    public const string ConnectionName = "messaging";

    /// <summary>
    /// MassTransit over RabbitMQ with the outbox relay and the inbox: queues are named
    /// <c>{service}-{consumer}</c>; a failing consumer is retried, then redelivered after delays, then
    /// faults to <c>{queue}_error</c> with the exception in the headers.
    /// </summary>
    public static IHostApplicationBuilder AddServiceMessaging<TContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? addConsumers = null)
        where TContext : ServiceDbContext
    {
        var broker = BrokerAddress.Parse(builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"Connection string '{ConnectionName}' (amqp://user:password@host:port/vhost) is required."));
        // The account's password comes as a secret file, never in the connection string the dashboard shows.
        if (builder.Configuration["Messaging:Password"] is { Length: > 0 } password) broker = broker with { Password = password };
        // Quorum queues by default on a cluster named node by node; a cluster behind one address says so here.
        if (builder.Configuration["Messaging:QueueType"] is { Length: > 0 } queueType)
            broker = broker with
            {
                QuorumQueues = queueType.ToLowerInvariant() switch
                {
                    "quorum" => true,
                    "classic" => false,
                    _ => throw new InvalidOperationException($"Messaging:QueueType is 'quorum' or 'classic'; got '{queueType}'."),
                },
            };

        builder.Services.AddOptions<OutboxRelayOptions>().BindConfiguration("Outbox")
            .Validate(o => o.BatchEndsInsideLease(), "Outbox:ConfirmTimeout must be less than two thirds of Outbox:LeaseDuration.")
            .ValidateOnStart();
        builder.Services.AddOptions<ConsumerRetryOptions>().BindConfiguration("Messaging:Retry");
        builder.Services.AddSingleton(broker);
        builder.Services.AddSingleton<RedeliveryQueues>();
        builder.Services.AddSingleton<BrokerConnectionRenewal>();
        builder.Services.TryAddSingleton<PlatformMetrics>();
        builder.Services.AddSingleton<ErrorQueues>();
        builder.Services.AddHostedService<ErrorQueueGauges>();
        var agency = AgencyOf(typeof(TContext));
        builder.Services.AddCaseRiskWatch(agency);
        // Start only once the broker connection and this service's queues and bindings exist.
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });

        builder.Services.AddMassTransit(x =>
        {
            x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, false));
            // MassTransit reports its usage to usage-tracking.masstransit.io by default: an agency's system calls no one outside.
            x.ConfigureUsageTelemetryOptions(o => o.Enabled = false);
            addConsumers?.Invoke(x);
            x.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                if (broker.QuorumQueues && endpoint is IRabbitMqReceiveEndpointConfigurator rabbit) rabbit.SetQuorumQueue();
                endpoint.UseCasePipeline(context);
            });
            x.UsingRabbitMq((context, bus) =>
            {
                bus.Host(broker.Host, broker.Port, broker.VirtualHost, h =>
                {
                    h.Username(broker.Username);
                    h.Password(broker.Password);
                    // Connects to the first node that answers, and to another when it goes.
                    if (broker.ClusterNodes.Count > 0) h.UseCluster(cluster => { foreach (var node in broker.ClusterNodes) cluster.Node(node); });
                });
                bus.PrefetchCount = 32;
                // Every agency raises CaseAtRisk; each to an exchange in its own namespace, the only one its account may write.
                bus.Message<CaseAtRisk>(m => m.SetEntityName($"NomadPlatform.Contracts.{agency}:{nameof(CaseAtRisk)}"));
                // Under this service's prefix, the only queue names its broker account may declare.
                bus.OverrideDefaultBusEndpointQueueName($"{serviceName}-bus-{Guid.NewGuid():N}");
                bus.ConfigureEndpoints(context);
            });
        });
        // After MassTransit's hosted service: the relay publishes only once the bus has started.
        builder.Services.AddHostedService<OutboxRelay<TContext>>();
        return builder;
    }

    /// <summary>The agency's namespace segment: <c>NomadPlatform.Approval.Infrastructure</c> is <c>Approval</c>.</summary>
    static string AgencyOf(Type context) => context.Namespace?.Split('.') is [_, var agency, ..] ? agency
        : throw new InvalidOperationException($"{context} is not in an agency's namespace (NomadPlatform.<Agency>…).");

    /// <summary>
    /// The publisher's proof (an agency's event only from its own broker account), immediate retries,
    /// then (on the last retry) delayed redelivery, a scope shared by the filters
    /// and the consumer, case telemetry, the inbox.
    /// </summary>
    public static void UseCasePipeline(this IReceiveEndpointConfigurator endpoint, IRegistrationContext context)
    {
        var retry = context.GetRequiredService<IOptions<ConsumerRetryOptions>>().Value;
        endpoint.UseConsumeFilter(typeof(PublisherCheck<>), context);
        endpoint.UseConsumeFilter(typeof(RedeliveryFilter<>), context);
        endpoint.UseMessageRetry(r =>
        {
            r.Intervals(retry.Intervals);
            r.Ignore<CaseRuleViolation>();
            r.Ignore<ChecksFailed>();
            r.Ignore<ForeignPublisher>();
        });
        endpoint.UseMessageScope(context);
        endpoint.UseConsumeFilter(typeof(CaseTelemetryFilter<>), context);
        endpoint.UseConsumeFilter(typeof(InboxFilter<>), context);
        var broker = context.GetRequiredService<BrokerAddress>();
        context.GetRequiredService<ErrorQueues>().Add(endpoint.InputAddress);
        var metrics = context.GetRequiredService<PlatformMetrics>();
        endpoint.ConfigureError(error =>
        {
            error.UseFilter(new GenerateFaultFilter());
            error.UseFilter(new OwnAccountErrorTransport(broker, metrics));
        });
        endpoint.ConfigureDeadLetter(deadLetter => deadLetter.UseFilter(new OwnAccountDeadLetterTransport(broker)));
    }
}
