using System.Diagnostics;
using MassTransit;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.Infrastructure.Outbox;

static class OutboxPublisher
{
    /// <summary>Publishes one row under the trace of the request that wrote it, with its fixed message id.</summary>
    public static async Task PublishAsync(IBus bus, OutboxMessage row, string publisher, CancellationToken cancellationToken)
    {
        var (message, type) = MessageSerializer.Deserialize(row.MessageType, row.Body);
        using var activity = CaseTelemetry.Source.StartActivity("outbox relay", ActivityKind.Producer, row.TraceParent);
        if (row.CaseId is { } caseId) CaseTelemetry.TagCase(activity, caseId);
        activity?.SetTag("messaging.message.id", row.MessageId.ToString());

        await bus.Publish(message, type, context =>
        {
            context.MessageId = row.MessageId;
            if (row.CaseId is { } id) context.CorrelationId = id;
            // RabbitMQ refuses a user-id other than the connection's account: consumers read it as proof of origin.
            if (context.TryGetPayload<RabbitMqSendContext>(out var rabbit)) rabbit.BasicProperties.UserId = publisher;
        }, cancellationToken);
    }
}
