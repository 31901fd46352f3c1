using NomadPlatform.Arrival.Domain.Fingerprints;
using NomadPlatform.Contracts.Arrival;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Arrival.Domain;

/// <summary>
/// The applicant's arrival in Kazakhstan within the notification's 30-day window (Phase 3). Arrival is
/// the entry: once it is recorded inside the window the case is no no-show, and fingerprints, medical
/// examination, housing contract and completion go on after the window closes. The law sets them no
/// deadline; officers see them overdue after <see cref="StepsDueAt"/>, never a ban.
/// </summary>
public sealed class ArrivalRecord : AggregateRoot, IStagedCase
{
    readonly List<FingerprintTemplate> _fingerprints = [];
    readonly List<MissingFinger> _missingFingers = [];
    readonly List<DuplicateFlag> _duplicateFlags = [];

    public Guid CaseId { get; private set; }
    public string Iin { get; private set; } = "";
    public string NotificationNumber { get; private set; } = "";
    public DateOnly PassportExpiresOn { get; private set; }
    public DateTimeOffset WindowOpenedAt { get; private set; }
    public DateTimeOffset WindowClosesAt { get; private set; }
    public ArrivalStatus Status { get; private set; }
    public CaseStage Stage => CaseStage.Of("arrival", Status, open: Status == ArrivalStatus.AwaitingArrival);
    public string? HousingAddress { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? ExpiredAt { get; private set; }
    public DateOnly? EnteredOn { get; private set; }

    /// <summary>When the steps after entry are overdue on the officers' worklist (business days after the entry was recorded).</summary>
    public DateTimeOffset? StepsDueAt { get; private set; }
    public DateTimeOffset? FingerprintsRegisteredAt { get; private set; }
    public IReadOnlyList<FingerprintTemplate> Fingerprints => _fingerprints;
    public IReadOnlyList<MissingFinger> MissingFingers => _missingFingers;
    public IReadOnlyList<DuplicateFlag> DuplicateFlags => _duplicateFlags;
    public DateTimeOffset? DuplicatesClearedAt { get; private set; }
    public string? DuplicateClearance { get; private set; }
    public string? DuplicatesClearedBy { get; private set; }
    public MedicalExamination? MedicalExamination { get; private set; }
    public HousingContract? HousingContract { get; private set; }

    public bool AwaitsDuplicateClearance => _duplicateFlags.Count > 0 && DuplicatesClearedAt is null;

    public bool StepsOverdue(DateTimeOffset now) => Status == ArrivalStatus.AwaitingArrival && StepsDueAt < now;

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
    public void RecordEntry(DateOnly enteredOn, string officerIin, DateTimeOffset now, DateTimeOffset stepsDueAt)
    {
        EnsureAwaiting(new("arrival.step.entry-record", $"entry record"));
        if (EnteredOn is not null)
            throw new CaseRuleViolation("arrival.entry-already-recorded", $"The entry on {EnteredOn:yyyy-MM-dd} is already recorded.");
        var opened = DateOnly.FromDateTime(WindowOpenedAt.UtcDateTime);
        var lastDay = DateOnly.FromDateTime(WindowClosesAt.UtcDateTime);
        if (enteredOn > DateOnly.FromDateTime(now.UtcDateTime))
            throw new CaseRuleViolation("arrival.entry-in-the-future", $"An entry on {enteredOn:yyyy-MM-dd} has not happened yet.");
        if (enteredOn < opened)
            throw new CaseRuleViolation("arrival.entry-before-notification", $"An entry on {enteredOn:yyyy-MM-dd} precedes the notification ({opened:yyyy-MM-dd}).");
        if (enteredOn > lastDay)
            throw new CaseRuleViolation("arrival.entry-after-window", $"An entry on {enteredOn:yyyy-MM-dd} is after the arrival window, which closed on {lastDay:yyyy-MM-dd}.");
        EnteredOn = enteredOn;
        StepsDueAt = stepsDueAt;
        Record(new EntryRecorded { CaseId = CaseId, Iin = Iin, EnteredOn = enteredOn, OccurredAt = now, OfficerIin = officerIin });
    }

    /// <summary>The ten-print, once; prints matching another IIN's are kept and flagged for an officer.</summary>
    public void RegisterFingerprints(TenPrint prints, IReadOnlyList<DuplicateMatch> duplicates, string officerIin, DateTimeOffset now)
    {
        EnsureFingerprintsMayBeRegistered();

        _fingerprints.AddRange(prints.Captured.Select(f => FingerprintTemplate.Of(CaseId, Iin, f)));
        _missingFingers.AddRange(prints.Missing);
        _duplicateFlags.AddRange(duplicates.Select(d => DuplicateFlag.Of(d, now)));
        FingerprintsRegisteredAt = now;
        Record(new FingerprintsRegistered { CaseId = CaseId, Iin = Iin, FingersPrinted = prints.Captured.Count, FingersMissing = prints.Missing.Count, OccurredAt = now, OfficerIin = officerIin });
    }

    /// <summary>After the entry, once; asked before the duplicate search is paid for.</summary>
    public void EnsureFingerprintsMayBeRegistered()
    {
        EnsureAfterEntry(new("arrival.step.fingerprint-registration", $"fingerprint registration"));
        if (FingerprintsRegisteredAt is not null)
            throw new CaseRuleViolation("arrival.fingerprints-already-registered", $"The fingerprints were registered at {FingerprintsRegisteredAt:O}.");
    }

    /// <summary>An officer established that the matching prints do not make this applicant someone else.</summary>
    public void ClearDuplicates(string reason, string officerIin, DateTimeOffset now)
    {
        if (!AwaitsDuplicateClearance)
            throw _duplicateFlags.Count == 0
                ? new CaseRuleViolation("arrival.no-duplicates", $"No duplicate fingerprints are flagged on this arrival.")
                : new CaseRuleViolation("arrival.duplicates-cleared", $"The duplicate flags were cleared at {DuplicatesClearedAt:O}.");
        EnsureAwaiting(new("arrival.step.duplicate-clearance", $"duplicate clearance"));
        DuplicatesClearedAt = now;
        DuplicateClearance = reason;
        DuplicatesClearedBy = officerIin;
    }

    /// <summary>An unfit result may be followed by a re-examination; a fit result stands.</summary>
    public void RecordMedicalExamination(MedicalExamination examination, string officerIin, DateTimeOffset now)
    {
        EnsureAfterEntry(new("arrival.step.medical-examination", $"medical examination"));
        if (MedicalExamination is { Fit: true })
            throw new CaseRuleViolation("arrival.medical-already-fit", $"A fit result (certificate {MedicalExamination.CertificateNumber}) is already on record.");
        if (examination.ExaminedOn < EnteredOn || examination.ExaminedOn > DateOnly.FromDateTime(now.UtcDateTime))
            throw new CaseRuleViolation("arrival.examination-date", $"An examination on {examination.ExaminedOn:yyyy-MM-dd} is not between the entry ({EnteredOn:yyyy-MM-dd}) and today.");
        MedicalExamination = examination;
        Record(new MedicalExaminationRecorded { CaseId = CaseId, Iin = Iin, ExaminedOn = examination.ExaminedOn, Fit = examination.Fit, OccurredAt = now, OfficerIin = officerIin });
    }

    /// <summary>The contract must be in force on the day it is recorded; until completion a new one may replace it.</summary>
    public void RecordHousingContract(HousingContract contract, string officerIin, DateTimeOffset now)
    {
        EnsureAfterEntry(new("arrival.step.housing-contract", $"housing contract"));
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (!contract.InForceOn(today))
            throw new CaseRuleViolation("arrival.contract-not-in-force", $"The contract runs {contract.StartsOn:yyyy-MM-dd} to {contract.EndsOn:yyyy-MM-dd}; it is not in force today ({today:yyyy-MM-dd}).");
        HousingContract = contract;
        Record(new HousingContractRecorded { CaseId = CaseId, Iin = Iin, Address = contract.Address, StartsOn = contract.StartsOn, EndsOn = contract.EndsOn, OccurredAt = now, OfficerIin = officerIin });
    }

    /// <summary>Fingerprints (no open duplicate flag), a fit medical result and a housing contract, after the entry.</summary>
    public void Complete(string officerIin, DateTimeOffset now)
    {
        EnsureAfterEntry(new("arrival.step.completion", $"completion"));
        var missing = new List<Reason>();
        if (FingerprintsRegisteredAt is null) missing.Add(new("arrival.missing.fingerprints", $"the fingerprints are not registered"));
        else if (AwaitsDuplicateClearance)
            missing.Add(new("arrival.missing.duplicate-clearance", $"the fingerprints match those registered under IIN {string.Join(", ", _duplicateFlags.Select(f => f.MatchedIin))} and await an officer's clearance"));
        if (MedicalExamination is null) missing.Add(new("arrival.missing.medical", $"the medical examination is not recorded"));
        else if (!MedicalExamination.Fit) missing.Add(new("arrival.missing.fit", $"the medical examination found the applicant unfit ({MedicalExamination.UnfitReason})"));
        if (HousingContract is null) missing.Add(new("arrival.missing.housing", $"the housing contract is not recorded"));
        if (missing.Count > 0)
            throw new CaseRuleViolation("arrival.cannot-complete", $"The arrival cannot be completed: {missing}.");

        Status = ArrivalStatus.Completed;
        HousingAddress = HousingContract!.Address;
        CompletedAt = now;
        Record(new ArrivalCompleted { CaseId = CaseId, Iin = Iin, HousingAddress = HousingAddress, OccurredAt = now, OfficerIin = officerIin });
    }

    void EnsureAwaiting(Reason step)
    {
        if (Status != ArrivalStatus.AwaitingArrival)
            throw new CaseRuleViolation("arrival.wrong-status", $"An arrival that is {Status} takes no {step}.");
    }

    void EnsureAfterEntry(Reason step)
    {
        EnsureAwaiting(step);
        if (EnteredOn is null)
            throw new CaseRuleViolation("arrival.not-entered", $"The entry into Kazakhstan is not recorded yet; {step} comes after it.");
    }

    /// <summary>The window closed without an entry; said once. An applicant who entered in time is never a no-show.</summary>
    public void Expire(DateTimeOffset now)
    {
        if (Status != ArrivalStatus.AwaitingArrival) throw new CaseRuleViolation("arrival.cannot-expire", $"An arrival that is {Status} cannot expire.");
        if (EnteredOn is not null) throw new CaseRuleViolation("arrival.entered-not-no-show", $"The applicant entered Kazakhstan on {EnteredOn:yyyy-MM-dd}, inside the window: not a no-show.");
        if (now <= WindowClosesAt) throw new CaseRuleViolation("arrival.window-open", $"The arrival window is open until {WindowClosesAt:O}.");
        Status = ArrivalStatus.NoShow;
        ExpiredAt = now;
        Record(new ArrivalWindowExpired { CaseId = CaseId, Iin = Iin, WindowClosedAt = WindowClosesAt, OccurredAt = now });
    }
}
