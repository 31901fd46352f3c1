using System.Text;
using System.Text.Json;
using NomadPlatform.Infrastructure.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace NomadPlatform.Infrastructure.Risk;

/// <summary>
/// Reads what waits in this service's error queues without taking it: each message is fetched unacknowledged
/// and all are returned to the queue, in their order, at the end. Then moves them back to their queue when
/// an operator asks, once the cause is mended.
/// </summary>
public sealed class ErrorQueueReader(BrokerAddress broker, ErrorQueues queues) : IAsyncDisposable
{
    /// <summary>On a message an operator moved back: their IIN. The consumer's publisher check takes it from this service's own account.</summary>
    public const string OperatorRedeliveryHeader = "Nomad-Operator-Redelivery";

    const int MostPerQueue = 1000;
    readonly SemaphoreSlim _connecting = new(1, 1);
    IConnection? _connection;

    public async Task<List<FailedMessage>> PeekAsync(CancellationToken cancellationToken)
    {
        var failed = new List<FailedMessage>();
        foreach (var queue in queues.Names) failed.AddRange(await PeekAsync(queue, cancellationToken));
        return failed;
    }

    async Task<List<FailedMessage>> PeekAsync(string queue, CancellationToken cancellationToken)
    {
        await using var channel = await (await ConnectAsync(cancellationToken)).CreateChannelAsync(cancellationToken: cancellationToken);
        var messages = new List<FailedMessage>();
        ulong last = 0;
        try
        {
            while (messages.Count < MostPerQueue && await channel.BasicGetAsync(queue, autoAck: false, cancellationToken) is { } got)
            {
                last = got.DeliveryTag;
                messages.Add(Describe(queue, got.BasicProperties, got.Body));
            }
            if (last > 0) await channel.BasicNackAsync(last, multiple: true, requeue: true, cancellationToken);
        }
        catch (OperationInterruptedException missing) when (missing.ShutdownReason?.ReplyCode == 404)
        {
            // A queue that never faulted has not been declared yet.
        }
        return messages;
    }

    /// <summary>Moves every message of <paramref name="errorQueue"/> back to its queue, named as this service's and the operator's; returns how many.</summary>
    public async Task<int> RedeliverAsync(string errorQueue, string operatorIin, CancellationToken cancellationToken)
    {
        var target = errorQueue[..^ErrorQueues.Suffix.Length];
        await using var channel = await (await ConnectAsync(cancellationToken)).CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var moved = 0;
        var left = new List<ulong>();
        try
        {
            // Only what waits now: a message that fails again comes back to the error queue and must not be moved round forever.
            var waiting = (await channel.QueueDeclarePassiveAsync(errorQueue, cancellationToken)).MessageCount;
            while (moved + left.Count < waiting && await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken) is { } got)
            {
                // A copy refused as another agency's forgery stays: moved back under this service's account it would be taken.
                if (Header(got.BasicProperties, "MT-Fault-ExceptionType")?.EndsWith(nameof(ForeignPublisher), StringComparison.Ordinal) == true)
                {
                    left.Add(got.DeliveryTag);
                    continue;
                }
                var properties = new BasicProperties(got.BasicProperties) { UserId = broker.Username };
                properties.Headers = properties.Headers is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(properties.Headers);
                properties.Headers[OperatorRedeliveryHeader] = operatorIin;
                // Confirmed by the broker before the error queue lets go of it: a crash between the two leaves a copy, never none.
                await channel.BasicPublishAsync(target, "", true, properties, got.Body, cancellationToken);
                await channel.BasicAckAsync(got.DeliveryTag, multiple: false, cancellationToken);
                moved++;
            }
            foreach (var tag in left) await channel.BasicNackAsync(tag, multiple: false, requeue: true, cancellationToken);
        }
        catch (OperationInterruptedException missing) when (missing.ShutdownReason?.ReplyCode == 404)
        {
        }
        return moved;
    }

    static FailedMessage Describe(string queue, IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body)
    {
        string messageId = properties.MessageId ?? "", type = "", reason = Header(properties, "MT-Fault-Message") ?? "";
        Guid? caseId = null;
        try
        {
            using var envelope = JsonDocument.Parse(body);
            var root = envelope.RootElement;
            if (root.TryGetProperty("messageId", out var id) && id.ValueKind == JsonValueKind.String) messageId = id.GetString()!;
            if (root.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0)
                type = types[0].GetString()?.Split(':')[^1] ?? "";
            if (root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object
                && message.TryGetProperty("caseId", out var value) && value.TryGetGuid(out var parsed))
                caseId = parsed;
        }
        catch (JsonException)
        {
            reason = $"{reason} (the message is not a readable envelope)".Trim();
        }
        var exception = Header(properties, "MT-Fault-ExceptionType");
        return new FailedMessage(queue, messageId, caseId, type, exception is null ? reason : $"{exception.Split('.')[^1]}: {reason}");
    }

    static string? Header(IReadOnlyBasicProperties properties, string name) =>
        properties.Headers?.TryGetValue(name, out var value) == true
            ? value switch { byte[] bytes => Encoding.UTF8.GetString(bytes), null => null, _ => value.ToString() }
            : null;

    async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        await _connecting.WaitAsync(cancellationToken);
        try
        {
            return _connection is { IsOpen: true } open ? open : _connection = await broker.ConnectAsync("nomad-error-queues", cancellationToken);
        }
        finally
        {
            _connecting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }
}
