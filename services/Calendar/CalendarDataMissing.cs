namespace NomadPlatform.Calendar;

/// <summary>The calendar has no data for a year yet (e.g. Kurban Ait not announced): add it, never guess.</summary>
public sealed class CalendarDataMissing(int year)
    : Exception($"Kazakhstan's working calendar for {year} is not known yet: add its data to kz-calendar.json.")
{
    public int Year { get; } = year;
}
