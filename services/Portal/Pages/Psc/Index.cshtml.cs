using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NomadPlatform.Portal.Agencies;
using NomadPlatform.Portal.Consoles;

namespace NomadPlatform.Portal.Pages.Psc;

/// <summary>
/// The PSC operators' counter: take an applicant's documents once their arrival is complete (by the case
/// number on their notification), then the submissions awaiting their permit (the oldest first) or those issued.
/// </summary>
public sealed class PscWorklistModel(PscClient psc) : PageModel
{
    public static readonly string[] Lists = ["pending", "issued"];

    public Paged<SubmissionRow> List { get; private set; } = Paged<SubmissionRow>.Of([], 1);
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public string Permit { get; private set; } = "pending";
    public string Sort { get; private set; } = "submitted";
    public AgencyProblem? Problem { get; private set; }
    public CasesAtRisk Risks { get; private set; } = CasesAtRisk.None;

    public async Task OnGetAsync(string? permit, string? sort, int page = 1, CancellationToken cancellationToken = default)
    {
        Permit = Lists.Contains(permit) ? permit! : "pending";
        Sort = sort == "iin" ? "iin" : "submitted";
        var roles = await psc.MyRolesAsync(cancellationToken);
        Risks = new CasesAtRisk((await psc.CasesAtRiskAsync(cancellationToken)).Value ?? [], "/psc/cases/");
        var submissions = await psc.SubmissionsAsync(Permit, cancellationToken);
        Roles = roles.Value?.Roles ?? [];
        Problem ??= roles.Problem ?? submissions.Problem;
        var rows = submissions.Value ?? [];
        var ordered = Sort == "iin" ? rows.OrderBy(r => r.Iin, StringComparer.Ordinal).ToList() : rows;
        List = Paged<SubmissionRow>.Of(ordered, page);
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid? caseId, string? office, string[]? documents, CancellationToken cancellationToken)
    {
        var taken = await psc.SubmitAsync(caseId ?? Guid.Empty, office ?? "", documents ?? [], cancellationToken);
        if (taken.Value is { } submission) return Redirect($"/psc/cases/{submission.CaseId}?done=Submitted");
        Problem = taken.Problem;
        await OnGetAsync(null, null, cancellationToken: cancellationToken);
        return Page();
    }
}
