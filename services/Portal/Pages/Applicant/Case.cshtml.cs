using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NomadPlatform.Portal.Agencies;
using NomadPlatform.Portal.SignIn;

namespace NomadPlatform.Portal.Pages.Applicant;

/// <summary>The case: where it stands, its next legal date, returned documents with the officer's reasons, every step and who acted.</summary>
public sealed class CaseModel(HubIntakeClient hub, ApprovalClient approval, ArrivalClient arrival, PscClient psc) : PageModel
{
    public CaseTimeline? Timeline { get; private set; }
    public HubApplication? Application { get; private set; }

    /// <summary>The residence permit application at the migration service, once the endorsement reached it.</summary>
    public RpApplication? RpApplication { get; private set; }

    /// <summary>The arrival in Kazakhstan once the approval opened its 30-day window, as the applicant may see it.</summary>
    public ArrivalRecord? Arrival { get; private set; }

    public Permit? Permit { get; private set; }

    /// <summary>The C2 visas of the family, once the permit they follow is issued.</summary>
    public IReadOnlyList<FamilyVisa> FamilyVisas { get; private set; } = [];

    /// <summary>The interview times on offer, while the applicant may still choose one.</summary>
    public InterviewOffer? InterviewOffer { get; private set; }

    public AgencyProblem? Problem { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken cancellationToken) => ShowAsync(caseId, cancellationToken);

    /// <summary>The applicant's choice among the offered interview times; the Hub books an interviewer for it.</summary>
    public async Task<IActionResult> OnPostInterviewAsync(Guid caseId, DateTimeOffset? startsAt, CancellationToken cancellationToken)
    {
        if (startsAt is null)
        {
            ModelState.AddModelError("startsAt", "Case.ChooseTimeMissing");
            return await ShowAsync(caseId, cancellationToken);
        }
        var chosen = await hub.ChooseInterviewAsync(caseId, startsAt.Value, cancellationToken);
        if (chosen.Problem is { } problem)
        {
            if (problem.Status == StatusCodes.Status404NotFound) return NotFound();
            Problem = problem;
            return await ShowAsync(caseId, cancellationToken);
        }
        return RedirectToPage(new { caseId });
    }

    async Task<IActionResult> ShowAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var timeline = await hub.TimelineAsync(caseId, cancellationToken);
        // Another person's case is answered as the Hub answers it: not found.
        if (timeline.Value is null) return StatusCode(timeline.Problem?.Status ?? StatusCodes.Status502BadGateway);
        Timeline = timeline.Value;
        var applications = await hub.ApplicationsAsync(User.Iin(), cancellationToken);
        Application = applications.Value?.SingleOrDefault(a => a.CaseId == caseId);
        if (Application?.Status == "DocumentsVerified") InterviewOffer = (await hub.InterviewOfferAsync(caseId, cancellationToken)).Value;
        RpApplication = (await approval.ApplicationAsync(caseId, cancellationToken)).Value;
        if (RpApplication?.Status == "Approved")
        {
            Arrival = (await arrival.ArrivalAsync(caseId, cancellationToken)).Value;
            if (Arrival?.Status == "Completed") Permit = (await psc.PermitAsync(caseId, cancellationToken)).Value;
            if (Permit is not null) FamilyVisas = (await approval.FamilyVisasAsync(caseId, cancellationToken)).Value ?? [];
        }
        return Page();
    }
}
