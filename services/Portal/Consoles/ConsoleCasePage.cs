using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NomadPlatform.Portal.Agencies;

namespace NomadPlatform.Portal.Consoles;

/// <summary>
/// A case in an agency's console: the officer's roles there, and each act sent to the agency, which
/// comes back to the case with its outcome (<c>?done=…</c>) or, refused, with the agency's problem.
/// </summary>
public abstract class ConsoleCasePage(string casesPath) : PageModel
{
    public IReadOnlySet<string> Roles { get; protected set; } = new HashSet<string>();
    public AgencyProblem? Problem { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public bool May(string role) => Roles.Contains(role);

    public Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken cancellationToken) => ShowAsync(caseId, cancellationToken);

    protected abstract Task<IActionResult> ShowAsync(Guid caseId, CancellationToken cancellationToken);

    protected async Task<IActionResult> ActAsync<T>(Guid caseId, string done, Task<AgencyAnswer<T>> act, CancellationToken cancellationToken)
    {
        var answer = await act;
        if (answer.Problem is null) return Redirect($"{casesPath}/{caseId}?done={done}");
        (Problem, Done) = (answer.Problem, null);
        return await ShowAsync(caseId, cancellationToken);
    }
}
