using Microsoft.AspNetCore.Mvc.RazorPages;
using NomadPlatform.Portal.Agencies;
using NomadPlatform.Portal.Consoles;
using NomadPlatform.Portal.SignIn;

namespace NomadPlatform.Portal.Pages;

public sealed class IndexModel(HubIntakeClient hub, AgencyConsoles consoles) : PageModel
{
    public bool SignedIn => User.Identity?.IsAuthenticated == true;
    public bool IsApplicant => PortalUser.IsApplicant(User);
    public string? Console => consoles.ConsoleOf(User);
    public IReadOnlyList<HubApplication> Applications { get; private set; } = [];
    public AgencyProblem? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!SignedIn || !IsApplicant) return;
        var answer = await hub.ApplicationsAsync(User.Iin(), cancellationToken);
        (Applications, Problem) = (answer.Value ?? [], answer.Problem);
    }
}
