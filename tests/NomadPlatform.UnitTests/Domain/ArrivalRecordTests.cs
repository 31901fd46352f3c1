using NomadPlatform.Arrival.Domain;
using NomadPlatform.Contracts.Arrival;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.UnitTests.Domain;

public sealed class ArrivalRecordTests
{
    static readonly DateTimeOffset Opened = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    static ArrivalRecord Window() =>
        ArrivalRecord.OpenWindow(Guid.NewGuid(), "791028302728", "MS-2026-1", new DateOnly(2031, 1, 1), Opened.AddDays(30), Opened);

    static ArrivalRecord Entered(int day = 2)
    {
        var arrival = Window();
        arrival.RecordEntry(DateOnly.FromDateTime(Opened.UtcDateTime).AddDays(day), Opened.AddDays(day));
        return arrival;
    }

    [Fact]
    public void Entry_is_recorded_once_inside_the_window_and_never_outside_it()
    {
        var opened = DateOnly.FromDateTime(Opened.UtcDateTime);

        Assert.Contains("precedes", Assert.Throws<CaseRuleViolation>(() => Window().RecordEntry(opened.AddDays(-1), Opened.AddDays(1))).Message);
        Assert.Contains("after the arrival window", Assert.Throws<CaseRuleViolation>(() => Window().RecordEntry(opened.AddDays(31), Opened.AddDays(31))).Message);
        Assert.Contains("not happened", Assert.Throws<CaseRuleViolation>(() => Window().RecordEntry(opened.AddDays(5), Opened.AddDays(1))).Message);
        var arrival = Entered();
        Assert.IsType<EntryRecorded>(Assert.Single(arrival.PendingEvents));
        Assert.Throws<CaseRuleViolation>(() => arrival.RecordEntry(opened.AddDays(3), Opened.AddDays(3)));
    }

    [Fact]
    public void Completion_needs_the_entry_first() =>
        Assert.Contains("entry", Assert.Throws<CaseRuleViolation>(() => Window().Complete("Astana", Opened.AddDays(3))).Message);

    [Fact]
    public void Arrival_inside_the_window_completes_once()
    {
        var arrival = Entered();

        arrival.Complete("Astana, Mangilik El 55", Opened.AddDays(29));

        Assert.IsType<ArrivalCompleted>(arrival.PendingEvents[^1]);
        Assert.Throws<CaseRuleViolation>(() => arrival.Complete("Astana", Opened.AddDays(29)));
    }

    [Fact]
    public void Arrival_after_the_window_is_refused()
    {
        var violation = Assert.Throws<CaseRuleViolation>(() => Entered().Complete("Astana", Opened.AddDays(30).AddSeconds(1)));
        Assert.Contains("window closed", violation.Message);
    }

    [Fact]
    public void A_window_that_passes_without_an_arrival_expires_once_and_never_early()
    {
        var arrival = Window();

        Assert.Throws<CaseRuleViolation>(() => arrival.Expire(Opened.AddDays(30)));
        arrival.Expire(Opened.AddDays(30).AddMinutes(1));

        var expired = Assert.IsType<ArrivalWindowExpired>(Assert.Single(arrival.PendingEvents));
        Assert.Equal(Opened.AddDays(30), expired.WindowClosedAt);
        Assert.Equal(ArrivalStatus.NoShow, arrival.Status);
        Assert.Throws<CaseRuleViolation>(() => arrival.Expire(Opened.AddDays(31)));
        Assert.Throws<CaseRuleViolation>(() => arrival.Complete("Astana", Opened.AddDays(31)));
    }
}
