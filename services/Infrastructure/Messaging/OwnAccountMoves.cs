using MassTransit;
using MassTransit.RabbitMqTransport;
using NomadPlatform.Infrastructure.Metrics;
using RabbitMQ.Client;

namespace NomadPlatform.Infrastructure.Messaging;

/// <summary>
/// MassTransit moves a failed message (to <c>{queue}_error</c>) or one no consumer takes (to
/// <c>{queue}_skipped</c>) with the received properties copied, the publisher's user-id included; RabbitMQ
/// refuses a user-id other than the connection's own and closes the channel, so another agency's event
/// could never be moved and would be delivered again forever. These moves name this service's account.
/// </summary>
public sealed class OwnAccountErrorTransport(BrokerAddress broker, PlatformMetrics metrics) : IFilter<ExceptionReceiveContext>
{
    public async Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        var queue = await OwnAccountMove.SendAsync(context, ErrorQueues.Suffix, broker, headers => headers.SetExceptionHeaders(context));
        metrics.ConsumerFailed(queue, context.Exception.GetType().FullName ?? context.Exception.GetType().Name);
        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("own-account-error-transport");
}

public sealed class OwnAccountDeadLetterTransport(BrokerAddress broker) : IFilter<ReceiveContext>
{
    public async Task Send(ReceiveContext context, IPipe<ReceiveContext> next)
    {
        await OwnAccountMove.SendAsync(context, "_skipped", broker, headers => headers.Set("MT-Reason", "skipped"));
        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("own-account-dead-letter-transport");
}

static class OwnAccountMove
{
    /// <returns>The queue it moved the message to.</returns>
    public static async Task<string> SendAsync(ReceiveContext context, string suffix, BrokerAddress broker, Action<SendHeaders> describe)
    {
        var channel = context.GetPayload<ChannelContext>();
        var received = context.GetPayload<RabbitMqBasicConsumeContext>();
        var target = context.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1] + suffix;
        await channel.Channel.ExchangeDeclareAsync(target, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.Channel.QueueDeclareAsync(target, durable: true, exclusive: false, autoDelete: false, broker.DurableQueueArguments());
        await channel.Channel.QueueBindAsync(target, target, "");

        var properties = new BasicProperties(received.Properties) { UserId = broker.Username, Expiration = null };
        properties.Headers = properties.Headers is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(properties.Headers);
        var headers = new MoveTransportHeaders(properties);
        headers.SetHostHeaders();
        describe(headers);
        await channel.BasicPublishAsync(target, received.RoutingKey, true, properties, context.GetBody(), true, context.CancellationToken);
        return target;
    }
}
