namespace NomadPlatform.Infrastructure.Risk;

/// <summary>How long the law gives a stage: business days on Kazakhstan's calendar, or calendar days.</summary>
public sealed record StageDeadline(int Days, bool BusinessDays, string Law);
