namespace NomadPlatform.Arrival.Domain.Fingerprints;

/// <summary>The same fingers are on record under another IIN: the arrival waits for an officer to clear it.</summary>
public sealed class DuplicateFlag
{
    public string MatchedIin { get; private set; } = "";
    public Guid MatchedCaseId { get; private set; }
    public string Fingers { get; private set; } = "";
    public DateTimeOffset FlaggedAt { get; private set; }

    DuplicateFlag() { }

    public static DuplicateFlag Of(DuplicateMatch match, DateTimeOffset now) => new()
    {
        MatchedIin = match.Iin,
        MatchedCaseId = match.CaseId,
        Fingers = string.Join(",", match.Fingers),
        FlaggedAt = now,
    };
}
