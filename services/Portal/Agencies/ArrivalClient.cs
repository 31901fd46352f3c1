namespace NomadPlatform.Portal.Agencies;

/// <summary>
/// The arrival agency's records as the signed-in person may use them: the applicant reads their own
/// arrival; its officers see the worklist and record what their roles allow (Arrival checks each role).
/// </summary>
public sealed class ArrivalClient(HttpClient arrival) : AgencyClient(arrival)
{
    public Task<AgencyAnswer<MyRoles>> MyRolesAsync(CancellationToken cancellationToken) => GetAsync<MyRoles>("/api/staff/me", cancellationToken);

    public Task<AgencyAnswer<List<ArrivalRow>>> WorklistAsync(string status, CancellationToken cancellationToken) =>
        GetAsync<List<ArrivalRow>>($"/api/arrivals?status={Uri.EscapeDataString(status)}&limit=500", cancellationToken);

    public Task<AgencyAnswer<ArrivalRecord>> ArrivalAsync(Guid caseId, CancellationToken cancellationToken) =>
        GetAsync<ArrivalRecord>($"/api/arrivals/{caseId}", cancellationToken);

    public Task<AgencyAnswer<ArrivalRecord>> RecordEntryAsync(Guid caseId, DateOnly? enteredOn, CancellationToken cancellationToken) =>
        PostAsync<ArrivalRecord>($"/api/arrivals/{caseId}/entry", new { enteredOn }, cancellationToken);

    public Task<AgencyAnswer<ArrivalRecord>> RegisterFingerprintsAsync(Guid caseId, TenPrintCapture capture, CancellationToken cancellationToken) =>
        PostAsync<ArrivalRecord>($"/api/arrivals/{caseId}/fingerprints", capture, cancellationToken);

    public Task<AgencyAnswer<ArrivalRecord>> ClearDuplicatesAsync(Guid caseId, string reason, CancellationToken cancellationToken) =>
        PostAsync<ArrivalRecord>($"/api/arrivals/{caseId}/fingerprints/duplicate-clearance", new { reason }, cancellationToken);

    public Task<AgencyAnswer<ArrivalRecord>> RecordMedicalExaminationAsync(Guid caseId, MedicalExaminationForm form, CancellationToken cancellationToken) =>
        PostAsync<ArrivalRecord>($"/api/arrivals/{caseId}/medical-examination", form, cancellationToken);

    public Task<AgencyAnswer<ArrivalRecord>> RecordHousingContractAsync(Guid caseId, HousingContractForm form, CancellationToken cancellationToken) =>
        PostAsync<ArrivalRecord>($"/api/arrivals/{caseId}/housing-contract",
            new { form.Address, landlord = new { name = form.LandlordName, iinOrBin = form.LandlordIinOrBin }, form.StartsOn, form.EndsOn }, cancellationToken);

    public Task<AgencyAnswer<ArrivalRecord>> CompleteAsync(Guid caseId, CancellationToken cancellationToken) =>
        PostAsync<ArrivalRecord>($"/api/arrivals/{caseId}/completion", new { }, cancellationToken);
}

public sealed record ArrivalRow(
    Guid CaseId, string Iin, string NotificationNumber, string Status, DateTimeOffset WindowClosesAt, DateOnly? EnteredOn,
    DateTimeOffset? StepsDueAt, bool StepsOverdue, bool FingerprintsRegistered, bool AwaitsDuplicateClearance, bool MedicallyFit,
    bool HousingRecorded, DateTimeOffset? CompletedAt);

public sealed record ArrivalRecord(
    Guid CaseId, string Iin, string NotificationNumber, string Status, DateTimeOffset WindowClosesAt, DateOnly? EnteredOn,
    DateTimeOffset? StepsDueAt, bool StepsOverdue, ArrivalFingerprints? Fingerprints, MedicalExamination? MedicalExamination,
    HousingContract? HousingContract, string? HousingAddress, DateTimeOffset? CompletedAt);

public sealed record ArrivalFingerprints(
    DateTimeOffset RegisteredAt, IReadOnlyList<CapturedFinger> Fingers, IReadOnlyList<MissingFinger> Missing,
    IReadOnlyList<DuplicateFlag> DuplicateFlags, DateTimeOffset? DuplicatesClearedAt, string? DuplicateClearance);

public sealed record CapturedFinger(string Position, int Quality, string Sha256);

public sealed record MissingFinger(string Position, string Reason);

public sealed record DuplicateFlag(string? MatchedIin, Guid? MatchedCaseId, string[] Fingers, DateTimeOffset FlaggedAt);

public sealed record MedicalExamination(DateOnly ExaminedOn, string Clinic, string CertificateNumber, string Result, string? Reason);

public sealed record HousingContract(string Address, string LandlordName, string LandlordIinOrBin, DateOnly StartsOn, DateOnly EndsOn);

/// <summary>A capture station's ten-print as Arrival takes it: each finger's ISO/IEC 19794-2 template in base64, or why it is missing.</summary>
public sealed record TenPrintCapture(IReadOnlyList<TenPrintCapture.Printed> Fingers, IReadOnlyList<MissingFinger> Missing)
{
    public sealed record Printed(string Position, string Template);
}

public sealed record MedicalExaminationForm(DateOnly? ExaminedOn, string? Clinic, string? CertificateNumber, string? Result, string? Reason);

public sealed record HousingContractForm(string? Address, string? LandlordName, string? LandlordIinOrBin, DateOnly? StartsOn, DateOnly? EndsOn);
