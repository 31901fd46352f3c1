using MassTransit;
using MassTransit.RabbitMqTransport;
using MassTransit.RabbitMqTransport.Configuration;
using MassTransit.Transports;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace NomadPlatform.Infrastructure.Messaging;

/// <summary>
/// Gives MassTransit a new broker connection when the broker refuses publishes, or leaves batch after
/// batch unconfirmed (one alone is a channel the broker closed; the next goes out on a new one). RabbitMQ 3.10's quorum
/// queues refuse every publish of a channel for good if its first publish to a queue came while the
/// queue's record still named a leader on a node just lost (the channel asks only that node, once): a
/// publisher reconnecting after losing its node hits this within the leader election's split second.
/// Only a new channel clears it; closing the connection makes MassTransit reconnect at once, as after
/// losing a node, and consumers' unacknowledged messages come again (the inbox knows them). A publish
/// left in flight across a broker restart by RabbitMQ.Client 7 is cleared the same way.
/// </summary>
public sealed partial class BrokerConnectionRenewal(IBusInstance bus, TimeProvider time, ILogger<BrokerConnectionRenewal> logger)
{
    static readonly TimeSpan Quiet = TimeSpan.FromSeconds(5);
    readonly SemaphoreSlim _renewing = new(1, 1);
    DateTimeOffset _lastRenewal = DateTimeOffset.MinValue;

    /// <summary>The broker answered a publish with a refusal (a nack), not a timeout nor a return.</summary>
    public static bool IsRefusal(Exception exception) =>
        exception is RabbitMqConnectionException { InnerException: RabbitMQ.Client.Exceptions.PublishException { IsReturn: false } }
        || exception.InnerException is { } inner && IsRefusal(inner);

    /// <summary>Closes MassTransit's connection, at most once every few seconds (refusals come in batches).</summary>
    public async Task RenewAsync(CancellationToken cancellationToken)
    {
        if (bus.HostConfiguration is not IRabbitMqHostConfiguration rabbit || !await _renewing.WaitAsync(0, cancellationToken)) return;
        try
        {
            if (time.GetUtcNow() - _lastRenewal < Quiet) return;
            _lastRenewal = time.GetUtcNow();
            Renewing(logger);
            await rabbit.ConnectionContextSupervisor.Send(Pipe.Execute<ConnectionContext>(context =>
                context.Connection.CloseAsync(Constants.ReplySuccess, "publishes refused by the broker: a new connection and channels", cancellationToken: cancellationToken)), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The connection may be gone already (the broker's node with it): MassTransit is reconnecting anyway.
            NotRenewed(logger, exception);
        }
        finally
        {
            _renewing.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The broker refused publishes or left them unconfirmed; MassTransit's connection is closed for a new one (a channel that first met a quorum queue during a leader election refuses for good)")]
    static partial void Renewing(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "MassTransit's connection could not be closed for a new one")]
    static partial void NotRenewed(ILogger logger, Exception exception);
}
