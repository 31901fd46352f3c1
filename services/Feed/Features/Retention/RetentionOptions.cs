namespace NomadPlatform.Feed.Features.Retention;

/// <summary>How long the log keeps a case's events (<c>Feed:Retention</c>).</summary>
public sealed class RetentionOptions
{
    /// <summary>Kept this long after the case's last event, once the case has ended (its permit registered, or refused, rejected or cancelled).</summary>
    public TimeSpan AfterCaseEnded { get; set; } = TimeSpan.FromDays(365);
}
