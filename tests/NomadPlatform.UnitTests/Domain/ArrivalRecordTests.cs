using NomadPlatform.Applicants;
using NomadPlatform.Arrival.Domain;
using NomadPlatform.Arrival.Domain.Fingerprints;
using NomadPlatform.Contracts.Arrival;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.UnitTests.Domain;

public sealed class ArrivalRecordTests
{
    static readonly DateTimeOffset Opened = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    static ArrivalRecord Window() =>
        ArrivalRecord.OpenWindow(Guid.NewGuid(), "791028302728", "MS-2026-1", new DateOnly(2031, 1, 1), Opened.AddDays(30), Opened);

    static DateTimeOffset StepsDue(int enteredOnDay) => Opened.AddDays(enteredOnDay + 14);

    static ArrivalRecord Entered(int day = 2)
    {
        var arrival = Window();
        arrival.RecordEntry(DateOnly.FromDateTime(Opened.UtcDateTime).AddDays(day), "910214400021", Opened.AddDays(day), StepsDue(day));
        return arrival;
    }

    [Fact]
    public void Entry_is_recorded_once_inside_the_window_and_never_outside_it()
    {
        var opened = DateOnly.FromDateTime(Opened.UtcDateTime);

        Assert.Contains("precedes", Assert.Throws<CaseRuleViolation>(() => Window().RecordEntry(opened.AddDays(-1), "910214400021", Opened.AddDays(1), StepsDue(1))).Message);
        Assert.Contains("after the arrival window", Assert.Throws<CaseRuleViolation>(() => Window().RecordEntry(opened.AddDays(31), "910214400021", Opened.AddDays(31), StepsDue(1))).Message);
        Assert.Contains("not happened", Assert.Throws<CaseRuleViolation>(() => Window().RecordEntry(opened.AddDays(5), "910214400021", Opened.AddDays(1), StepsDue(1))).Message);
        var arrival = Entered();
        Assert.IsType<EntryRecorded>(Assert.Single(arrival.PendingEvents));
        Assert.Throws<CaseRuleViolation>(() => arrival.RecordEntry(opened.AddDays(3), "910214400021", Opened.AddDays(3), StepsDue(1)));
    }

    static TenPrint Prints(int person = 1) =>
        TenPrint.Check(Enum.GetValues<FingerPosition>().Select(p => (p, SyntheticFingerprints.Capture(person, (int)p, 1))).ToList(), []);

    static MedicalExamination Fit(int day = 3) =>
        MedicalExamination.Of(DateOnly.FromDateTime(Opened.UtcDateTime).AddDays(day), "City Polyclinic No. 4", "MED-2026-118", fit: true, null);

    static HousingContract Lease(int fromDay = 0, int months = 12)
    {
        var starts = DateOnly.FromDateTime(Opened.UtcDateTime).AddDays(fromDay);
        return HousingContract.Of("Astana, Mangilik El 55, apt 12", "Aigerim Nurlanovna", "791028302728", starts, starts.AddMonths(months));
    }

    /// <summary>Entered on day 2, fingerprints, a fit result and a lease on day 3.</summary>
    static ArrivalRecord Ready()
    {
        var arrival = Entered();
        arrival.RegisterFingerprints(Prints(), [], "910214400021", Opened.AddDays(3));
        arrival.RecordMedicalExamination(Fit(), "910214400021", Opened.AddDays(3));
        arrival.RecordHousingContract(Lease(), "910214400021", Opened.AddDays(3));
        return arrival;
    }

    [Fact]
    public void Every_step_comes_after_the_entry()
    {
        var arrival = Window();

        Assert.Contains("entry", Assert.Throws<CaseRuleViolation>(() => arrival.RegisterFingerprints(Prints(), [], "910214400021", Opened.AddDays(1))).Message);
        Assert.Contains("entry", Assert.Throws<CaseRuleViolation>(() => arrival.RecordHousingContract(Lease(), "910214400021", Opened.AddDays(1))).Message);
        Assert.Contains("entry", Assert.Throws<CaseRuleViolation>(() => arrival.Complete("910214400021", Opened.AddDays(3))).Message);
    }

    [Fact]
    public void Completion_lists_every_condition_still_missing()
    {
        var message = Assert.Throws<CaseRuleViolation>(() => Entered().Complete("910214400021", Opened.AddDays(3))).Message;

        Assert.Contains("fingerprints are not registered", message);
        Assert.Contains("medical examination is not recorded", message);
        Assert.Contains("housing contract is not recorded", message);
    }

    [Fact]
    public void Fingerprints_medical_result_and_housing_inside_the_window_complete_the_arrival_once_at_the_contracts_address()
    {
        var arrival = Ready();

        arrival.Complete("910214400021", Opened.AddDays(29));

        var completed = Assert.IsType<ArrivalCompleted>(arrival.PendingEvents[^1]);
        Assert.Equal("Astana, Mangilik El 55, apt 12", completed.HousingAddress);
        Assert.Equal(
            [typeof(EntryRecorded), typeof(FingerprintsRegistered), typeof(MedicalExaminationRecorded), typeof(HousingContractRecorded), typeof(ArrivalCompleted)],
            arrival.PendingEvents.Select(e => e.GetType()));
        Assert.Equal(10, arrival.Fingerprints.Count);
        Assert.Throws<CaseRuleViolation>(() => arrival.Complete("910214400021", Opened.AddDays(29)));
    }

    [Fact]
    public void Entry_on_day_28_then_every_step_and_completion_on_day_40_complete_the_arrival_and_it_never_expires()
    {
        var arrival = Entered(day: 28);
        var day40 = Opened.AddDays(40);

        Assert.Throws<CaseRuleViolation>(() => arrival.Expire(Opened.AddDays(31)));
        arrival.RegisterFingerprints(Prints(), [], "910214400021", Opened.AddDays(35));
        arrival.RecordMedicalExamination(Fit(day: 36), "910214400021", Opened.AddDays(36));
        arrival.RecordHousingContract(Lease(fromDay: 30), "910214400021", Opened.AddDays(37));
        arrival.Complete("910214400021", day40);

        Assert.Equal(ArrivalStatus.Completed, arrival.Status);
        Assert.DoesNotContain(arrival.PendingEvents, e => e is ArrivalWindowExpired);
    }

    [Fact]
    public void Steps_not_done_by_their_due_date_are_overdue_until_completion_never_a_no_show()
    {
        var arrival = Entered(day: 2);

        Assert.False(arrival.StepsOverdue(StepsDue(2)));
        Assert.True(arrival.StepsOverdue(StepsDue(2).AddMinutes(1)));
        Assert.Equal(ArrivalStatus.AwaitingArrival, arrival.Status);
        var ready = Ready();
        ready.Complete("910214400021", StepsDue(2).AddDays(5));
        Assert.False(ready.StepsOverdue(StepsDue(2).AddDays(6)));
    }

    [Fact]
    public void Fingerprints_are_registered_once()
    {
        var arrival = Ready();

        Assert.Contains("registered", Assert.Throws<CaseRuleViolation>(() => arrival.RegisterFingerprints(Prints(), [], "910214400021", Opened.AddDays(4))).Message);
    }

    [Fact]
    public void A_duplicate_flag_holds_completion_until_an_officer_clears_it()
    {
        var arrival = Entered();
        arrival.RegisterFingerprints(Prints(), [new DuplicateMatch(Guid.NewGuid(), "900101400014", [FingerPosition.RightThumb, FingerPosition.RightIndex])], "910214400021", Opened.AddDays(3));
        arrival.RecordMedicalExamination(Fit(), "910214400021", Opened.AddDays(3));
        arrival.RecordHousingContract(Lease(), "910214400021", Opened.AddDays(3));

        Assert.True(arrival.AwaitsDuplicateClearance);
        Assert.Contains("900101400014", Assert.Throws<CaseRuleViolation>(() => arrival.Complete("910214400021", Opened.AddDays(4))).Message);
        arrival.ClearDuplicates("Identical twin, confirmed by the consulate", "910214400021", Opened.AddDays(5));
        Assert.Throws<CaseRuleViolation>(() => arrival.ClearDuplicates("again", "910214400021", Opened.AddDays(5)));
        arrival.Complete("910214400021", Opened.AddDays(5));
        Assert.Equal(ArrivalStatus.Completed, arrival.Status);
    }

    [Fact]
    public void An_unfit_result_holds_completion_and_a_re_examination_may_replace_it_but_a_fit_one_stands()
    {
        var arrival = Entered();
        arrival.RegisterFingerprints(Prints(), [], "910214400021", Opened.AddDays(3));
        arrival.RecordHousingContract(Lease(), "910214400021", Opened.AddDays(3));
        arrival.RecordMedicalExamination(MedicalExamination.Of(DateOnly.FromDateTime(Opened.UtcDateTime).AddDays(3), "Clinic", "MED-1", fit: false, "Active tuberculosis"), "910214400021", Opened.AddDays(3));

        Assert.Contains("unfit (Active tuberculosis)", Assert.Throws<CaseRuleViolation>(() => arrival.Complete("910214400021", Opened.AddDays(4))).Message);
        arrival.RecordMedicalExamination(Fit(day: 20), "910214400021", Opened.AddDays(20));
        Assert.Throws<CaseRuleViolation>(() => arrival.RecordMedicalExamination(Fit(day: 21), "910214400021", Opened.AddDays(21)));
        arrival.Complete("910214400021", Opened.AddDays(21));
    }

    [Fact]
    public void An_examination_dated_before_the_entry_or_in_the_future_is_refused()
    {
        Assert.Contains("between the entry", Assert.Throws<CaseRuleViolation>(() => Entered(day: 2).RecordMedicalExamination(Fit(day: 1), "910214400021", Opened.AddDays(3))).Message);
        Assert.Contains("between the entry", Assert.Throws<CaseRuleViolation>(() => Entered(day: 2).RecordMedicalExamination(Fit(day: 9), "910214400021", Opened.AddDays(3))).Message);
    }

    [Fact]
    public void A_housing_contract_must_be_in_force_when_recorded_and_a_later_one_replaces_it()
    {
        var arrival = Entered();

        Assert.Contains("not in force", Assert.Throws<CaseRuleViolation>(() => arrival.RecordHousingContract(Lease(fromDay: 10), "910214400021", Opened.AddDays(3))).Message);
        arrival.RecordHousingContract(Lease(), "910214400021", Opened.AddDays(3));
        arrival.RecordHousingContract(HousingContract.Of("Almaty, Abai 10", "Too Ltd", "180540000012", DateOnly.FromDateTime(Opened.UtcDateTime), new DateOnly(2028, 1, 1)), "910214400021", Opened.AddDays(4));
        Assert.Equal("Almaty, Abai 10", arrival.HousingContract!.Address);
    }

    [Theory]
    [InlineData("", "Landlord", "791028302728", 0, 365, "address")]
    [InlineData("Astana", "", "791028302728", 0, 365, "landlord.name")]
    [InlineData("Astana", "Landlord", "791028302729", 0, 365, "landlord.iinOrBin")]
    [InlineData("Astana", "Landlord", "791028302728", 10, 5, "endsOn")]
    public void A_housing_contract_needs_an_address_a_known_landlord_and_a_period(string address, string landlord, string id, int from, int to, string field)
    {
        var day = new DateOnly(2026, 12, 1);

        Assert.Equal(field, Assert.Throws<InvalidField>(() => HousingContract.Of(address, landlord, id, day.AddDays(from), day.AddDays(to))).Field);
    }

    [Theory]
    [InlineData("", "MED-1", true, null, "clinic")]
    [InlineData("Clinic", " ", true, null, "certificateNumber")]
    [InlineData("Clinic", "MED-1", false, null, "reason")]
    [InlineData("Clinic", "MED-1", true, "Something", "reason")]
    public void A_medical_result_names_clinic_and_certificate_and_gives_a_reason_only_when_unfit(string clinic, string certificate, bool fit, string? reason, string field) =>
        Assert.Equal(field, Assert.Throws<InvalidField>(() => MedicalExamination.Of(new DateOnly(2026, 12, 1), clinic, certificate, fit, reason)).Field);

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
        Assert.Throws<CaseRuleViolation>(() => arrival.Complete("910214400021", Opened.AddDays(31)));
    }
}
