using NomadPlatform.Calendar;
using NomadPlatform.HubIntake.Domain;

namespace NomadPlatform.UnitTests.Domain;

public sealed class InterviewSlotsTests
{
    static readonly InterviewSlots Slots = new(KazakhstanCalendar.Load());
    static readonly TimeSpan Astana = TimeSpan.FromHours(5);

    [Theory]
    [InlineData(2026, 11, 25, 9, 0)]    // Wednesday, first slot
    [InlineData(2026, 11, 25, 12, 30)]  // last before lunch
    [InlineData(2026, 11, 25, 14, 0)]   // first after lunch
    [InlineData(2026, 11, 25, 17, 30)]  // last of the day
    public void Half_hours_in_working_hours_on_a_working_day_are_slots(int year, int month, int day, int hour, int minute) =>
        Assert.Null(Slots.Problem(new DateTimeOffset(year, month, day, hour, minute, 0, Astana)));

    [Theory]
    [InlineData(2026, 11, 25, 8, 30, "outside")]
    [InlineData(2026, 11, 25, 13, 0, "outside")]     // lunch
    [InlineData(2026, 11, 25, 18, 0, "outside")]
    [InlineData(2026, 11, 25, 10, 15, "half hour")]
    [InlineData(2026, 11, 28, 10, 0, "not a working day")] // Saturday
    [InlineData(2026, 12, 16, 10, 0, "not a working day")] // Independence Day
    [InlineData(2026, 3, 24, 10, 0, "not a working day")]  // Nauryz, moved from the Sunday
    public void Anything_else_is_refused_with_the_reason(int year, int month, int day, int hour, int minute, string reason) =>
        Assert.Contains(reason, Slots.Problem(new DateTimeOffset(year, month, day, hour, minute, 0, Astana))?.ToString());

    [Fact]
    public void A_slot_given_in_utc_is_judged_in_astana_time() =>
        Assert.Null(Slots.Problem(new DateTimeOffset(2026, 11, 25, 4, 0, 0, TimeSpan.Zero))); // 09:00 in Astana

    [Fact]
    public void Free_slots_run_from_the_next_half_hour_over_working_days_only()
    {
        var friday = new DateTimeOffset(2026, 11, 27, 16, 40, 0, Astana);

        var slots = Slots.Between(friday, new DateTimeOffset(2026, 11, 30, 10, 0, 0, Astana)).ToList();

        Assert.Equal(
            [new(2026, 11, 27, 17, 0, 0, Astana), new(2026, 11, 27, 17, 30, 0, Astana), new(2026, 11, 30, 9, 0, 0, Astana), new(2026, 11, 30, 9, 30, 0, Astana), new(2026, 11, 30, 10, 0, 0, Astana)],
            slots);
    }
}
