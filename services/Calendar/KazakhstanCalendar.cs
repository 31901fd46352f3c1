using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NomadPlatform.Calendar;

/// <summary>
/// Kazakhstan's five-day working week: weekends; public holidays, a holiday on a weekend moving to the
/// next working day; religious days off that never move; and the government's day swaps.
/// "Business days" in the programme's deadlines are working days of this calendar.
/// </summary>
public sealed class KazakhstanCalendar(CalendarData data)
{
    readonly ConcurrentDictionary<int, YearDays> _years = new();

    public TimeSpan TimeZoneOffset => data.TimeZoneOffset;

    public static KazakhstanCalendar Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("kz-calendar.json")!;
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.AllowReadingFromString };
        return new KazakhstanCalendar(JsonSerializer.Deserialize<CalendarData>(stream, options)!);
    }

    public bool IsWorkingDay(DateOnly date)
    {
        var year = Year(date.Year);
        if (year.WorkedWeekendDays.Contains(date)) return true;
        return !IsWeekend(date) && !year.DaysOff.Contains(date);
    }

    /// <summary>The weekdays that are not worked in a year (holidays, their moves, religious days, swaps), in order.</summary>
    public IReadOnlyList<DateOnly> WeekdaysOff(int year) => Year(year).DaysOff.Where(d => !IsWeekend(d)).Order().ToList();

    public IReadOnlyList<DateOnly> WorkedWeekendDays(int year) => Year(year).WorkedWeekendDays.Order().ToList();

    public int WorkingDays(int year)
    {
        var count = 0;
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }

    /// <summary>The working day that comes <paramref name="businessDays"/> working days after <paramref name="start"/> (start itself not counted).</summary>
    public DateOnly AddBusinessDays(DateOnly start, int businessDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(businessDays);
        var day = start;
        for (var counted = 0; counted < businessDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        return day;
    }

    /// <summary>The end (24:00 Astana time) of the Nth working day after the moment something arrived.</summary>
    public DateTimeOffset DeadlineAfter(DateTimeOffset received, int businessDays)
    {
        var local = received.ToOffset(TimeZoneOffset);
        var lastDay = AddBusinessDays(DateOnly.FromDateTime(local.DateTime), businessDays);
        return new DateTimeOffset(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeZoneOffset);
    }

    static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    YearDays Year(int year) => _years.GetOrAdd(year, Build);

    YearDays Build(int year)
    {
        if (!data.KurbanAit.TryGetValue(year, out var kurbanAit)) throw new CalendarDataMissing(year);

        var daysOff = new HashSet<DateOnly>();
        var holidays = data.PublicHolidays.Where(h => h.AppliesIn(year)).Select(h => new DateOnly(year, h.Month, h.Day)).Order().ToList();
        var fixedDaysOff = data.ReligiousDaysOff.Where(d => d.AppliesIn(year)).Select(d => new DateOnly(year, d.Month, d.Day)).Append(kurbanAit);
        daysOff.UnionWith(holidays);
        daysOff.UnionWith(fixedDaysOff);
        foreach (var holiday in holidays.Where(IsWeekend))
        {
            // A holiday on a weekend moves to the next day that is neither weekend nor already off.
            var moved = holiday.AddDays(1);
            while (IsWeekend(moved) || daysOff.Contains(moved)) moved = moved.AddDays(1);
            daysOff.Add(moved);
        }

        var transfers = data.Transfers.Where(t => t.DayOff.Year == year || t.WorkingDay.Year == year).ToList();
        daysOff.UnionWith(transfers.Select(t => t.DayOff));
        return new YearDays(daysOff, transfers.Select(t => t.WorkingDay).ToHashSet());
    }

    sealed record YearDays(HashSet<DateOnly> DaysOff, HashSet<DateOnly> WorkedWeekendDays);
}
