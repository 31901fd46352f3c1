using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Infrastructure.Messaging;

/// <summary>
/// When the last immediate retry has failed, parks the message in a delay queue of its endpoint; RabbitMQ
/// dead-letters it back to the endpoint when the delay expires (the delayed-exchange plugin is not
/// available here). The copy keeps its message id, so the inbox still recognises it. After the last
/// delay the failure is rethrown and MassTransit moves the message to the error queue.
/// </summary>
public sealed class RedeliveryFilter<TMessage>(RedeliveryQueues queues, IOptions<ConsumerRetryOptions> options, ILogger<RedeliveryFilter<TMessage>> logger)
    : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public const string CountHeader = "Nomad-Redelivery-Count";

    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        try
        {
            await next.Send(context);
        }
        // MassTransit runs this filter inside the immediate retries: act only on the last of them.
        catch (Exception exception) when (exception is not (CaseRuleViolation or ChecksFailed)
            && !context.CancellationToken.IsCancellationRequested
            && context.GetRetryAttempt() >= options.Value.Intervals.Length)
        {
            var delays = options.Value.RedeliveryDelays;
            var count = context.Headers.Get<int>(CountHeader) ?? 0;
            if (count >= delays.Length) throw;

            var queue = context.ReceiveContext.InputAddress.AbsolutePath.Trim('/');
            var delayExchange = await queues.EnsureAsync(queue, delays[count], context.CancellationToken);
            var endpoint = await context.GetSendEndpoint(new Uri($"exchange:{delayExchange}?bind=false"));
            await endpoint.Send(context.Message, send =>
            {
                foreach (var header in context.Headers.GetAll())
                    send.Headers.Set(header.Key, header.Value);
                send.Headers.Set(CountHeader, count + 1);
                send.MessageId = context.MessageId;
                send.CorrelationId = context.CorrelationId;
                send.ConversationId = context.ConversationId;
                // The copy is this service's own: it names its account (PublisherCheck accepts it back).
                if (send.TryGetPayload<RabbitMqSendContext>(out var rabbit)) rabbit.BasicProperties.UserId = queues.Account;
            });
            RedeliveryLog.Parked(logger, context.MessageId, queue, delays[count], count + 1, exception);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("redelivery");
}
