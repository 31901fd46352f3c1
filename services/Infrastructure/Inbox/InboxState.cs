namespace NomadPlatform.Infrastructure.Inbox;

/// <summary>A message a consumer has already handled; saved with the consumer's own changes.</summary>
public sealed class InboxState
{
    public long Id { get; private set; }
    public Guid MessageId { get; init; }
    public required string ConsumerId { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
}
