using Microsoft.AspNetCore.Mvc;
using NomadPlatform.Portal.Agencies;
using NomadPlatform.Portal.Consoles;

namespace NomadPlatform.Portal.Pages.Arrival;

/// <summary>
/// One arrival as the arrival agency's officers work it: the border officer records the entry, the
/// biometrics officer the ten-print (and clears a match against another IIN), the migration police
/// the medical examination and the housing contract, then completes the arrival for the PSC.
/// </summary>
public sealed class ArrivalCaseModel(ArrivalClient arrival) : ConsoleCasePage("/arrival/cases")
{
    public ArrivalRecord? Arrival { get; private set; }

    public Task<IActionResult> OnPostEntryAsync(Guid caseId, DateOnly? enteredOn, CancellationToken cancellationToken) =>
        ActAsync(caseId, "Entered", arrival.RecordEntryAsync(caseId, enteredOn, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostFingerprintsAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var capture = await TenPrintForm.ReadAsync(Request.Form, cancellationToken);
        return await ActAsync(caseId, "Fingerprinted", arrival.RegisterFingerprintsAsync(caseId, capture, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostClearAsync(Guid caseId, string? reason, CancellationToken cancellationToken) =>
        ActAsync(caseId, "Cleared", arrival.ClearDuplicatesAsync(caseId, reason ?? "", cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostMedicalAsync(Guid caseId, MedicalExaminationForm medical, CancellationToken cancellationToken) =>
        ActAsync(caseId, "Examined", arrival.RecordMedicalExaminationAsync(caseId, medical, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostHousingAsync(Guid caseId, HousingContractForm housing, CancellationToken cancellationToken) =>
        ActAsync(caseId, "Housed", arrival.RecordHousingContractAsync(caseId, housing, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCompleteAsync(Guid caseId, CancellationToken cancellationToken) =>
        ActAsync(caseId, "Completed", arrival.CompleteAsync(caseId, cancellationToken), cancellationToken);

    protected override async Task<IActionResult> ShowAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var found = await arrival.ArrivalAsync(caseId, cancellationToken);
        if (found.Value is not { } record) return StatusCode(found.Problem?.Status ?? StatusCodes.Status502BadGateway);
        Arrival = record;
        Roles = (await arrival.MyRolesAsync(cancellationToken)).Value?.Roles.ToHashSet() ?? [];
        return Page();
    }
}
