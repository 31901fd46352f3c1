namespace NomadPlatform.Notifications.Features.Notices;

/// <summary>The notices' settings (<c>Notifications</c>).</summary>
public sealed class NoticeOptions
{
    public const string Section = "Notifications";

    /// <summary>How long before the arrival window closes the applicant is reminded; unset, a week and two days.</summary>
    /// <remarks>Unset rather than defaulted: configuration binding would add to a default array, not replace it.</remarks>
    public TimeSpan[]? ArrivalWindowReminders { get; set; }

    public IReadOnlyList<TimeSpan> ArrivalWindowRemindersOrDefault => ArrivalWindowReminders ?? [TimeSpan.FromDays(7), TimeSpan.FromDays(2)];
}
