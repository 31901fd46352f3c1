namespace NomadPlatform.Arrival.Infrastructure;

/// <summary>Configuration <c>Arrival</c>.</summary>
public sealed class ArrivalOptions
{
    /// <summary>
    /// Business days (Kazakhstan's calendar) after the entry is recorded within which officers expect
    /// fingerprints, medical examination, housing and completion; later, the arrival shows overdue on
    /// their worklist. The law sets no such deadline, so it never cancels or bans.
    /// </summary>
    public int PostEntryStepsBusinessDays { get; set; } = 10;
}
