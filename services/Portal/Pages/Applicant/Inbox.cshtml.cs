using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NomadPlatform.Portal.Agencies;

namespace NomadPlatform.Portal.Pages.Applicant;

/// <summary>The applicant's notices, the latest first, in their language; each one opened is marked read.</summary>
public sealed class InboxModel(NotificationsClient notifications) : PageModel
{
    public Inbox Inbox { get; private set; } = new([], 0);
    public Contact? Contact { get; private set; }
    public AgencyProblem? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var inbox = await notifications.InboxAsync(cancellationToken);
        var contact = await notifications.ContactAsync(cancellationToken);
        (Inbox, Contact, Problem) = (inbox.Value ?? new([], 0), contact.Value, inbox.Problem ?? contact.Problem);
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var read = await notifications.MarkReadAsync(id, cancellationToken);
        if (read.Problem is { } problem) return StatusCode(problem.Status);
        return Redirect($"/applicant/inbox#notice-{id}");
    }
}
