using NomadPlatform.Contracts.Arrival;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Arrival.Domain;

/// <summary>The applicant's arrival in Kazakhstan within the notification's 30-day window (Phase 3).</summary>
public sealed class ArrivalRecord : AggregateRoot
{
    public Guid CaseId { get; private set; }
    public string Iin { get; private set; } = "";
    public string NotificationNumber { get; private set; } = "";
    public DateOnly PassportExpiresOn { get; private set; }
    public DateTimeOffset WindowOpenedAt { get; private set; }
    public DateTimeOffset WindowClosesAt { get; private set; }
    public ArrivalStatus Status { get; private set; }
    public string? HousingAddress { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? ExpiredAt { get; private set; }
    public DateOnly? EnteredOn { get; private set; }

    ArrivalRecord() { }

    public static ArrivalRecord OpenWindow(Guid caseId, string iin, string notificationNumber, DateOnly passportExpiresOn, DateTimeOffset validUntil, DateTimeOffset now) => new()
    {
        CaseId = caseId,
        Iin = iin,
        NotificationNumber = notificationNumber,
        PassportExpiresOn = passportExpiresOn,
        WindowOpenedAt = now,
        WindowClosesAt = validUntil,
        Status = ArrivalStatus.AwaitingArrival,
    };

    /// <summary>The border crossing: on or after the notification's day, no later than the window's last day.</summary>
    public void RecordEntry(DateOnly enteredOn, DateTimeOffset now)
    {
        if (Status != ArrivalStatus.AwaitingArrival)
            throw new CaseRuleViolation($"An arrival that is {Status} takes no entry record.");
        if (EnteredOn is not null)
            throw new CaseRuleViolation($"The entry on {EnteredOn:yyyy-MM-dd} is already recorded.");
        var opened = DateOnly.FromDateTime(WindowOpenedAt.UtcDateTime);
        var lastDay = DateOnly.FromDateTime(WindowClosesAt.UtcDateTime);
        if (enteredOn > DateOnly.FromDateTime(now.UtcDateTime))
            throw new CaseRuleViolation($"An entry on {enteredOn:yyyy-MM-dd} has not happened yet.");
        if (enteredOn < opened)
            throw new CaseRuleViolation($"An entry on {enteredOn:yyyy-MM-dd} precedes the notification ({opened:yyyy-MM-dd}).");
        if (enteredOn > lastDay)
            throw new CaseRuleViolation($"An entry on {enteredOn:yyyy-MM-dd} is after the arrival window, which closed on {lastDay:yyyy-MM-dd}.");
        EnteredOn = enteredOn;
        Record(new EntryRecorded { CaseId = CaseId, Iin = Iin, EnteredOn = enteredOn, OccurredAt = now });
    }

    public void Complete(string housingAddress, DateTimeOffset now)
    {
        if (Status != ArrivalStatus.AwaitingArrival)
            throw new CaseRuleViolation($"An arrival that is {Status} cannot be completed again.");
        if (now > WindowClosesAt)
            throw new CaseRuleViolation($"The arrival window closed at {WindowClosesAt:O}.");
        if (EnteredOn is null)
            throw new CaseRuleViolation("The entry into Kazakhstan is not recorded yet.");

        Status = ArrivalStatus.Completed;
        HousingAddress = housingAddress;
        CompletedAt = now;
        Record(new ArrivalCompleted { CaseId = CaseId, Iin = Iin, HousingAddress = housingAddress, OccurredAt = now });
    }

    /// <summary>The window closed without an arrival; said once.</summary>
    public void Expire(DateTimeOffset now)
    {
        if (Status != ArrivalStatus.AwaitingArrival) throw new CaseRuleViolation($"An arrival that is {Status} cannot expire.");
        if (now <= WindowClosesAt) throw new CaseRuleViolation($"The arrival window is open until {WindowClosesAt:O}.");
        Status = ArrivalStatus.NoShow;
        ExpiredAt = now;
        Record(new ArrivalWindowExpired { CaseId = CaseId, Iin = Iin, WindowClosedAt = WindowClosesAt, OccurredAt = now });
    }
}
