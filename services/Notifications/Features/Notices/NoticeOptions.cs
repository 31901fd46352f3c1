namespace NomadPlatform.Notifications.Features.Notices;

/// <summary>The notices' settings (<c>Notifications</c>).</summary>
public sealed class NoticeOptions
{
    public const string Section = "Notifications";

    /// <summary>How long before the arrival window closes the applicant is reminded (by default a week and two days).</summary>
    public TimeSpan[] ArrivalWindowReminders { get; set; } = [TimeSpan.FromDays(7), TimeSpan.FromDays(2)];
}
