using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NomadPlatform.Portal.Agencies;

namespace NomadPlatform.Portal.Pages.Approval;

/// <summary>One RP application as a migration officer decides it: approve, or refuse citing statutory grounds; any standing ban beside it.</summary>
public sealed class ApprovalCaseModel(ApprovalReviewClient approval) : PageModel
{
    public RpApplication? Application { get; private set; }
    public IReadOnlyList<RefusalGround> Grounds { get; private set; } = [];
    public Ban? Ban { get; private set; }
    public IReadOnlySet<string> Roles { get; private set; } = new HashSet<string>();
    public AgencyProblem? Problem { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public bool May(string role) => Roles.Contains(role);

    public Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken cancellationToken) => ShowAsync(caseId, cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(Guid caseId, CancellationToken cancellationToken) =>
        ActAsync(caseId, "Approved", approval.ApproveAsync(caseId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRefuseAsync(Guid caseId, string[]? grounds, CancellationToken cancellationToken) =>
        ActAsync(caseId, "Refused", approval.RefuseAsync(caseId, grounds ?? [], cancellationToken), cancellationToken);

    async Task<IActionResult> ActAsync(Guid caseId, string done, Task<AgencyAnswer<RpApplication>> act, CancellationToken cancellationToken)
    {
        var answer = await act;
        if (answer.Problem is null) return Redirect($"/approval/cases/{caseId}?done={done}");
        (Problem, Done) = (answer.Problem, null);
        return await ShowAsync(caseId, cancellationToken);
    }

    async Task<IActionResult> ShowAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var application = await approval.ApplicationAsync(caseId, cancellationToken);
        if (application.Value is not { } found) return StatusCode(application.Problem?.Status ?? StatusCodes.Status502BadGateway);
        Application = found;
        Roles = (await approval.MyRolesAsync(cancellationToken)).Value?.Roles.ToHashSet() ?? [];
        Ban = (await approval.BanAsync(found.Iin, cancellationToken)).Value;
        if (May("MigrationOfficer") && found.Status == "UnderReview")
            Grounds = (await approval.RefusalGroundsAsync(cancellationToken)).Value ?? [];
        return Page();
    }
}
