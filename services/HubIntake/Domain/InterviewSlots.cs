using NomadPlatform.Calendar;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.HubIntake.Domain;

/// <summary>
/// Online interviews take half-hour slots on Kazakhstan's working days, 09:00–18:00 Astana time with
/// the 13:00–14:00 lunch break free, starting on the hour or the half hour.
/// </summary>
public sealed class InterviewSlots(KazakhstanCalendar calendar)
{
    public static readonly TimeSpan Length = TimeSpan.FromMinutes(30);
    static readonly TimeOnly DayStarts = new(9, 0);
    static readonly TimeOnly LunchStarts = new(13, 0);
    static readonly TimeOnly LunchEnds = new(14, 0);
    static readonly TimeOnly DayEnds = new(18, 0);

    /// <summary>Why <paramref name="startsAt"/> is not an interview slot, or null when it is one.</summary>
    public Reason? Problem(DateTimeOffset startsAt)
    {
        var local = startsAt.ToOffset(calendar.TimeZoneOffset);
        var day = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (!calendar.IsWorkingDay(day))
            return new Reason("hub.slot-not-working-day", $"{day:yyyy-MM-dd} is not a working day in Kazakhstan.");
        if (local.Minute % 30 != 0 || local.Second != 0 || local.Millisecond != 0)
            return new Reason("hub.slot-not-on-the-half-hour", $"Interviews start on the hour or the half hour (Astana time); {time:HH:mm:ss.fff} is neither.");
        // Compared by start time: a slot's end computed as TimeOnly would wrap past midnight.
        if (time < DayStarts || time > DayEnds.Add(-Length) || (time > LunchStarts.Add(-Length) && time < LunchEnds))
            return new Reason("hub.slot-outside-hours", $"Interviews are held 09:00–13:00 and 14:00–18:00 Astana time; {time:HH:mm} is outside.");
        return null;
    }

    /// <summary>Every slot that starts after <paramref name="from"/> and no later than <paramref name="until"/>.</summary>
    public IEnumerable<DateTimeOffset> Between(DateTimeOffset from, DateTimeOffset until)
    {
        var local = from.ToOffset(calendar.TimeZoneOffset);
        var start = new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, local.Minute < 30 ? 30 : 0, 0, calendar.TimeZoneOffset);
        if (local.Minute >= 30) start = start.AddHours(1);
        for (var slot = start; slot <= until; slot += Length)
            if (Problem(slot) is null) yield return slot;
    }
}
