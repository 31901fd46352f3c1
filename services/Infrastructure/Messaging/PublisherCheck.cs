using MassTransit;
using NomadPlatform.Infrastructure.Risk;

namespace NomadPlatform.Infrastructure.Messaging;

/// <summary>
/// An agency's event (a type in <c>NomadPlatform.Contracts.&lt;Agency&gt;</c>) is taken only from that
/// agency's broker account, as RabbitMQ validated it in the message's user-id — or from this
/// service's own account when it is this endpoint's own delayed redelivery (a header in the envelope) or an
/// operator's move back from the error queue (an AMQP header: the envelope is left as it failed). Anything else goes to the
/// error queue with the reason, so a mis-configured broker is not the only line.
/// </summary>
public sealed class PublisherCheck<TMessage>(BrokerAddress broker) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    static readonly string? Owner = OwnerOf(typeof(TMessage));

    public Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        if (Owner is null) return next.Send(context);
        var publisher = context.ReceiveContext.TryGetPayload<RabbitMqBasicConsumeContext>(out var rabbit) ? rabbit.Properties.UserId : null;
        var ownRedelivery = publisher == broker.Username
            && ((context.Headers.Get<int>(RedeliveryFilter<TMessage>.CountHeader) ?? 0) > 0 || context.ReceiveContext.TransportHeaders.Get<string>(ErrorQueueReader.OperatorRedeliveryHeader) is not null);
        if (publisher == Owner || ownRedelivery) return next.Send(context);
        throw new ForeignPublisher(
            $"{typeof(TMessage).Name} is an event of '{Owner}', but this copy was published by {(string.IsNullOrEmpty(publisher) ? "an account that did not name itself" : $"'{publisher}'")}; it is refused.");
    }

    /// <summary>The broker account of the agency that owns a contract type (the namespace segment after <c>NomadPlatform.Contracts</c>, lower-case).</summary>
    public static string? OwnerOf(Type messageType) =>
        messageType.Namespace is { } ns && ns.StartsWith("NomadPlatform.Contracts.", StringComparison.Ordinal) && !ns.Contains(".Grpc", StringComparison.Ordinal)
            ? ns["NomadPlatform.Contracts.".Length..].Split('.')[0].ToLowerInvariant()
            : null;

    public void Probe(ProbeContext context) => context.CreateFilterScope("publisher-check");
}

/// <summary>An event arrived from an account other than its owning agency's.</summary>
public sealed class ForeignPublisher(string reason) : Exception(reason);
