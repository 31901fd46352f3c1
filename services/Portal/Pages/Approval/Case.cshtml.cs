using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NomadPlatform.Portal.Agencies;
using NomadPlatform.Portal.Consoles;

namespace NomadPlatform.Portal.Pages.Approval;

/// <summary>One RP application as a migration officer decides it: approve, or refuse citing statutory grounds; any standing ban beside it.</summary>
public sealed class ApprovalCaseModel(ApprovalReviewClient approval) : ConsoleCasePage("/approval/cases")
{
    public RpApplication? Application { get; private set; }
    public IReadOnlyList<RefusalGround> Grounds { get; private set; } = [];
    public Ban? Ban { get; private set; }
    public IReadOnlyList<FamilyVisa> FamilyVisas { get; private set; } = [];
    public Task<IActionResult> OnPostApproveAsync(Guid caseId, CancellationToken cancellationToken) =>
        ActAsync(caseId, "Approved", approval.ApproveAsync(caseId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRefuseAsync(Guid caseId, string[]? grounds, CancellationToken cancellationToken) =>
        ActAsync(caseId, "Refused", approval.RefuseAsync(caseId, grounds ?? [], cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostFamilyVisaAsync(Guid caseId, FamilyVisaForm visa, CancellationToken cancellationToken) =>
        ActAsync(caseId, "FamilyVisaIssued", approval.IssueFamilyVisaAsync(caseId, visa, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRenewAsync(Guid caseId, string number, CancellationToken cancellationToken) =>
        ActAsync(caseId, "FamilyVisaRenewed", approval.RenewFamilyVisaAsync(number, cancellationToken), cancellationToken);

    protected override async Task<IActionResult> ShowAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var application = await approval.ApplicationAsync(caseId, cancellationToken);
        if (application.Value is not { } found) return StatusCode(application.Problem?.Status ?? StatusCodes.Status502BadGateway);
        Application = found;
        Roles = (await approval.MyRolesAsync(cancellationToken)).Value?.Roles.ToHashSet() ?? [];
        Ban = (await approval.BanAsync(found.Iin, caseId, cancellationToken)).Value;
        FamilyVisas = (await approval.FamilyVisasAsync(caseId, cancellationToken)).Value ?? [];
        if (May("MigrationOfficer") && found.Status == "UnderReview")
            Grounds = (await approval.RefusalGroundsAsync(cancellationToken)).Value ?? [];
        return Page();
    }
}
