using Microsoft.AspNetCore.Mvc.RazorPages;
using NomadPlatform.Portal.Agencies;
using NomadPlatform.Portal.Consoles;

namespace NomadPlatform.Portal.Pages.Arrival;

/// <summary>
/// The arrival officers' worklist: arrivals awaited in their 30-day window (the window closing first),
/// narrowed to those still to enter, those entered, those held by a fingerprint match or those whose
/// steps after entry are overdue; or the completed and no-show ones.
/// </summary>
public sealed class ArrivalWorklistModel(ArrivalClient arrival) : PageModel
{
    public static readonly string[] Statuses = ["AwaitingArrival", "Completed", "NoShow"];
    public static readonly string[] Stages = ["all", "expected", "entered", "flagged", "overdue"];

    public Paged<ArrivalRow> List { get; private set; } = Paged<ArrivalRow>.Of([], 1);
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public string Status { get; private set; } = "AwaitingArrival";
    public string Stage { get; private set; } = "all";
    public string Sort { get; private set; } = "window";
    public AgencyProblem? Problem { get; private set; }
    public CasesAtRisk Risks { get; private set; } = CasesAtRisk.None;

    public async Task OnGetAsync(string? status, string? stage, string? sort, int page = 1, CancellationToken cancellationToken = default)
    {
        Status = Statuses.Contains(status) ? status! : "AwaitingArrival";
        Stage = Status == "AwaitingArrival" && Stages.Contains(stage) ? stage! : "all";
        Sort = sort == "iin" ? "iin" : "window";
        var roles = await arrival.MyRolesAsync(cancellationToken);
        Risks = new CasesAtRisk((await arrival.CasesAtRiskAsync(cancellationToken)).Value ?? [], "/arrival/cases/");
        var worklist = await arrival.WorklistAsync(Status, cancellationToken);
        Roles = roles.Value?.Roles ?? [];
        Problem = roles.Problem ?? worklist.Problem;
        var rows = (worklist.Value ?? []).Where(InStage);
        var ordered = Sort == "iin" ? rows.OrderBy(r => r.Iin, StringComparer.Ordinal) : rows.OrderBy(r => r.WindowClosesAt);
        List = Paged<ArrivalRow>.Of(ordered.ToList(), page);
    }

    bool InStage(ArrivalRow row) => Stage switch
    {
        "expected" => row.EnteredOn is null,
        "entered" => row.EnteredOn is not null,
        "flagged" => row.AwaitsDuplicateClearance,
        "overdue" => row.StepsOverdue,
        _ => true,
    };
}
