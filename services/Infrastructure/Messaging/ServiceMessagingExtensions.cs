using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Inbox;
using NomadPlatform.Infrastructure.Outbox;
using NomadPlatform.Infrastructure.Persistence;

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

        builder.Services.AddOptions<OutboxRelayOptions>().BindConfiguration("Outbox");
        builder.Services.AddOptions<ConsumerRetryOptions>().BindConfiguration("Messaging:Retry");
        builder.Services.AddSingleton(broker);
        builder.Services.AddSingleton<RedeliveryQueues>();
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
            x.AddConfigureEndpointsCallback((context, _, endpoint) => endpoint.UseCasePipeline(context));
            x.UsingRabbitMq((context, bus) =>
            {
                bus.Host(broker.Host, broker.Port, broker.VirtualHost, h =>
                {
                    h.Username(broker.Username);
                    h.Password(broker.Password);
                });
                bus.PrefetchCount = 32;
                bus.ConfigureEndpoints(context);
            });
        });
        // After MassTransit's hosted service: the relay publishes only once the bus has started.
        builder.Services.AddHostedService<OutboxRelay<TContext>>();
        return builder;
    }

    /// <summary>
    /// Immediate retries, then (on the last retry) delayed redelivery, a scope shared by the filters
    /// and the consumer, case telemetry, the inbox.
    /// </summary>
    public static void UseCasePipeline(this IReceiveEndpointConfigurator endpoint, IRegistrationContext context)
    {
        var retry = context.GetRequiredService<IOptions<ConsumerRetryOptions>>().Value;
        endpoint.UseConsumeFilter(typeof(RedeliveryFilter<>), context);
        endpoint.UseMessageRetry(r =>
        {
            r.Intervals(retry.Intervals);
            r.Ignore<CaseRuleViolation>();
            r.Ignore<ChecksFailed>();
        });
        endpoint.UseMessageScope(context);
        endpoint.UseConsumeFilter(typeof(CaseTelemetryFilter<>), context);
        endpoint.UseConsumeFilter(typeof(InboxFilter<>), context);
    }
}
