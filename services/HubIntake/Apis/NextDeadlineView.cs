namespace NomadPlatform.HubIntake.Apis;

/// <summary>The applicant's next deadline: which step, by when, and whether the Hub has already missed it.</summary>
public sealed record NextDeadlineView(string Step, DateTimeOffset DueAt, bool Missed);
