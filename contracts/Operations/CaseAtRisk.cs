namespace NomadPlatform.Contracts.Operations;

/// <summary>
/// An agency's watcher found a case at risk of missing its legal deadline: no progress for a share of the
/// stage's time (<c>stage-stalled</c>), or a message about it failed and waits in an error queue
/// (<c>message-failed</c>). For the agencies' operators, not partners. Each agency publishes it to its own
/// exchange (<c>NomadPlatform.Contracts.{Agency}:CaseAtRisk</c>), which only its broker account may write.
/// </summary>
public sealed record CaseAtRisk
{
    public required Guid CaseId { get; init; }
    public required string Agency { get; init; }
    public required string Kind { get; init; }
    /// <summary>The stage that stalled, or the message type that failed.</summary>
    public required string Subject { get; init; }
    /// <summary>The stage's legal deadline, when the risk is a stalled stage.</summary>
    public DateTimeOffset? DueAt { get; init; }
    public required string Reason { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
