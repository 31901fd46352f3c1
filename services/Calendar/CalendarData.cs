namespace NomadPlatform.Calendar;

/// <summary>The calendar's rules as data, year by year (<c>kz-calendar.json</c>): holiday laws change.</summary>
public sealed record CalendarData(
    TimeSpan TimeZoneOffset,
    IReadOnlyList<AnnualDay> PublicHolidays,
    IReadOnlyList<AnnualDay> ReligiousDaysOff,
    IReadOnlyDictionary<int, DateOnly> KurbanAit,
    IReadOnlyList<DayTransfer> Transfers);

/// <summary>A day that recurs every year while the law that made it stands.</summary>
public sealed record AnnualDay(string Name, int Month, int Day, int? FirstYear = null, int? LastYear = null)
{
    public bool AppliesIn(int year) => (FirstYear is null || year >= FirstYear) && (LastYear is null || year <= LastYear);
}

/// <summary>A government swap: a weekday off, worked back on a weekend day.</summary>
public sealed record DayTransfer(DateOnly DayOff, DateOnly WorkingDay, string? Basis = null);
