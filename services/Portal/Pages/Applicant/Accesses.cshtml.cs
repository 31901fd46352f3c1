using Microsoft.AspNetCore.Mvc.RazorPages;
using NomadPlatform.Portal.Accesses;
using NomadPlatform.Portal.SignIn;

namespace NomadPlatform.Portal.Pages.Applicant;

/// <summary>Who read or changed the applicant's data, at every agency, the latest first; one case's lines alone when <c>?caseId=</c> names it.</summary>
public sealed class AccessesModel(AccessTracker tracker) : PageModel
{
    public TrackedAccesses Tracked { get; private set; } = new([], []);

    public Guid? CaseId { get; private set; }

    public IEnumerable<TrackedAccess> Shown => CaseId is { } caseId ? Tracked.Accesses.Where(a => a.Access.CaseId == caseId) : Tracked.Accesses;

    public async Task OnGetAsync(Guid? caseId, CancellationToken cancellationToken)
    {
        CaseId = caseId;
        Tracked = await tracker.AccessesOfAsync(User.Iin(), cancellationToken);
    }
}
