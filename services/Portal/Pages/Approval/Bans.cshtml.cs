using Microsoft.AspNetCore.Mvc.RazorPages;
using NomadPlatform.Portal.Agencies;

namespace NomadPlatform.Portal.Pages.Approval;

/// <summary>The ban registry: whether a person may apply today, and recording a ban (BanRegistrar; Approval checks the role).</summary>
public sealed class ApprovalBansModel(ApprovalReviewClient approval) : PageModel
{
    public string? Iin { get; private set; }
    public Ban? Standing { get; private set; }
    public Ban? Registered { get; private set; }
    public AgencyProblem? Problem { get; private set; }

    public async Task OnGetAsync(string? iin, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(iin)) return;
        Iin = iin.Trim();
        var ban = await approval.RegistryBanAsync(Iin, cancellationToken);
        (Standing, Problem) = (ban.Value, ban.IsNotFound ? null : ban.Problem);
    }

    public async Task OnPostAsync(string? banIin, string? reason, DateOnly? startsOn, CancellationToken cancellationToken)
    {
        var answer = await approval.RegisterBanAsync(banIin?.Trim() ?? "", reason ?? "", startsOn, cancellationToken);
        (Registered, Problem) = (answer.Value, answer.Problem);
    }
}
