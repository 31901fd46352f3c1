namespace NomadPlatform.Feed.Domain;

/// <summary>
/// One public case event as the feed recorded it, once, at the next position of its log: the agency's
/// own message id (the CloudEvents id a partner deduplicates by), its versioned type, the case, when it
/// happened, and its full data (each partner is served only the fields it was granted).
/// </summary>
public sealed class FeedEntry
{
    public long Position { get; private set; }
    public Guid EventId { get; private set; }
    public string Type { get; private set; } = "";
    public string Agency { get; private set; } = "";
    public Guid CaseId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string Data { get; private set; } = "";

    FeedEntry() { }

    public static FeedEntry Record(Guid eventId, CaseEventType type, Guid caseId, DateTimeOffset occurredAt, string data, DateTimeOffset now) => new()
    {
        EventId = eventId,
        Type = type.Name,
        Agency = type.Agency,
        CaseId = caseId,
        OccurredAt = occurredAt,
        RecordedAt = now,
        Data = data,
    };
}
