using Microsoft.AspNetCore.Mvc.RazorPages;
using NomadPlatform.Portal.Agencies;
using NomadPlatform.Portal.Consoles;

namespace NomadPlatform.Portal.Pages.Approval;

/// <summary>The migration officers' worklist: RP applications by status, the nearest 45-day decision date first, each breach marked.</summary>
public sealed class ApprovalWorklistModel(ApprovalReviewClient approval) : PageModel
{
    public static readonly string[] Statuses = ["UnderReview", "AwaitingFiling", "Approved", "Refused", "Cancelled"];

    public Paged<RpApplication> List { get; private set; } = Paged<RpApplication>.Of([], 1);
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public string Status { get; private set; } = "UnderReview";
    public string Sort { get; private set; } = "due";
    public AgencyProblem? Problem { get; private set; }
    public CasesAtRisk Risks { get; private set; } = CasesAtRisk.None;

    public async Task OnGetAsync(string? status, string? sort, int page = 1, CancellationToken cancellationToken = default)
    {
        Status = Statuses.Contains(status) ? status! : "UnderReview";
        Sort = sort == "received" ? "received" : "due";
        var roles = await approval.MyRolesAsync(cancellationToken);
        Risks = new CasesAtRisk((await approval.CasesAtRiskAsync(cancellationToken)).Value ?? [], "/approval/cases/");
        var worklist = await approval.WorklistAsync(Status, cancellationToken);
        Roles = roles.Value?.Roles ?? [];
        Problem = roles.Problem ?? worklist.Problem;
        var items = worklist.Value ?? [];
        var ordered = Sort == "received"
            ? items.OrderBy(a => a.ReceivedAt).ToList()
            : items.OrderBy(a => a.ReviewDueAt ?? DateTimeOffset.MaxValue).ToList();
        List = Paged<RpApplication>.Of(ordered, page);
    }
}
