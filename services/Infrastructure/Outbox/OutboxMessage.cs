namespace NomadPlatform.Infrastructure.Outbox;

/// <summary>
/// A message written in the same transaction as the state change that caused it. The message id is
/// fixed here, so every copy the relay ever publishes of it carries the same id.
/// </summary>
public sealed class OutboxMessage
{
    public long SequenceNumber { get; private set; }
    public Guid MessageId { get; init; }
    public required string MessageType { get; init; }
    public required string Body { get; init; }
    public Guid? CaseId { get; init; }
    public string? TraceParent { get; init; }
    public DateTimeOffset EnqueuedAt { get; init; }
    public DateTimeOffset? DeliveredAt { get; set; }
}
