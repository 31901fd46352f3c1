using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NomadPlatform.Portal.Agencies;
using NomadPlatform.Portal.Consoles;
using NomadPlatform.Portal.Localisation;

namespace NomadPlatform.Portal.Pages.Hub;

/// <summary>The Hub's worklist: every case waiting on an officer, nearest legal date first, each breach marked.</summary>
public sealed class HubQueueModel(HubReviewClient hub, TimeProvider time, IStringLocalizer<Texts> texts) : PageModel
{
    public QueueView View { get; private set; } = QueueView.Of([], null, null, 1);
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public AgencyProblem? Problem { get; private set; }
    public CasesAtRisk Risks { get; private set; } = CasesAtRisk.None;

    public async Task OnGetAsync(string? step, string? sort, int page = 1, CancellationToken cancellationToken = default)
    {
        var roles = await hub.MyRolesAsync(cancellationToken);
        Risks = new CasesAtRisk((await hub.CasesAtRiskAsync(cancellationToken)).Value ?? [], "/hub/cases/");
        var queue = await hub.QueueAsync(cancellationToken);
        Roles = roles.Value?.Roles ?? [];
        Problem = roles.Problem ?? queue.Problem;
        View = QueueView.Of(queue.Value ?? [], string.IsNullOrEmpty(step) ? null : step, sort, page);
    }

    /// <summary>What is left before the legal date, in days and hours.</summary>
    public string TimeLeft(DateTimeOffset dueAt)
    {
        var left = dueAt - time.GetUtcNow();
        return texts["Console.Left", (int)left.TotalDays, left.Hours];
    }
}
