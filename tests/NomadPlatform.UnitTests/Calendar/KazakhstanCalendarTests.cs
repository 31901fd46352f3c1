using NomadPlatform.Calendar;

namespace NomadPlatform.UnitTests.Calendar;

public sealed class KazakhstanCalendarTests
{
    static readonly KazakhstanCalendar Kz = KazakhstanCalendar.Load();

    static DateOnly D(string date) => DateOnly.Parse(date);

    [Fact]
    public void The_official_2025_weekdays_off_are_reproduced_exactly()
    {
        string[] official =
        [
            "2025-01-01", "2025-01-02", "2025-01-03", "2025-01-07", "2025-03-10", "2025-03-21", "2025-03-24", "2025-03-25",
            "2025-05-01", "2025-05-07", "2025-05-09", "2025-06-06", "2025-07-07", "2025-09-01", "2025-10-27", "2025-12-16",
        ];

        Assert.Equal(official.Select(D), Kz.WeekdaysOff(2025));
        Assert.Equal([D("2025-01-05")], Kz.WorkedWeekendDays(2025));
        Assert.Equal(246, Kz.WorkingDays(2025));
    }

    [Fact]
    public void The_official_2026_weekdays_off_are_reproduced_exactly_with_no_constitution_day()
    {
        string[] official =
        [
            "2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09", "2026-03-23", "2026-03-24", "2026-03-25",
            "2026-05-01", "2026-05-07", "2026-05-11", "2026-05-27", "2026-07-06", "2026-10-26", "2026-12-16",
        ];

        Assert.Equal(official.Select(D), Kz.WeekdaysOff(2026));
        Assert.Empty(Kz.WorkedWeekendDays(2026));
        Assert.Equal(247, Kz.WorkingDays(2026));
        Assert.True(Kz.IsWorkingDay(D("2026-08-31")));
    }

    [Fact]
    public void From_2027_constitution_day_is_15_march_and_a_religious_day_on_a_weekend_does_not_move()
    {
        Assert.False(Kz.IsWorkingDay(D("2027-03-15")));
        Assert.True(Kz.IsWorkingDay(D("2027-08-30")));
        Assert.Equal(DayOfWeek.Sunday, D("2027-05-16").DayOfWeek);
        Assert.True(Kz.IsWorkingDay(D("2027-05-17")));
    }

    [Theory]
    [InlineData("2026-03-20", 2, "2026-03-27")] // across Nauryz: 23-25 March off
    [InlineData("2025-03-20", 1, "2025-03-26")] // 21 (Fri), 24, 25 off
    [InlineData("2025-12-31", 2, "2026-01-06")] // across New Year into the next year's data
    [InlineData("2025-01-02", 1, "2025-01-05")] // the swap: Friday 3 January off, Sunday 5 January worked
    [InlineData("2026-11-25", 5, "2026-12-02")] // an ordinary week
    [InlineData("2026-12-14", 2, "2026-12-17")] // Independence Day, Wednesday 16 December
    public void Business_day_deadlines_skip_every_day_off(string start, int businessDays, string expected)
    {
        Assert.Equal(D(expected), Kz.AddBusinessDays(D(start), businessDays));
    }

    [Fact]
    public void A_deadline_ends_at_midnight_astana_time_of_the_last_working_day()
    {
        // Friday 20 March 2026, 22:00 UTC is already Saturday 03:00 in Astana.
        var received = new DateTimeOffset(2026, 3, 20, 22, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 0, 0, 0, TimeSpan.FromHours(5)), Kz.DeadlineAfter(received, 2));
    }

    [Fact]
    public void A_year_without_data_is_refused_rather_than_guessed()
    {
        var missing = Assert.Throws<CalendarDataMissing>(() => Kz.IsWorkingDay(D("2028-01-04")));
        Assert.Equal(2028, missing.Year);
    }
}
