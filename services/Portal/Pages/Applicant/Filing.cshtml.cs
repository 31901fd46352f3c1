using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NomadPlatform.Portal.Agencies;
using NomadPlatform.Portal.Applications;
using NomadPlatform.Portal.Localisation;
using NomadPlatform.Portal.SignIn;

namespace NomadPlatform.Portal.Pages.Applicant;

/// <summary>
/// Phase 2: once the Hub's endorsement reached the migration service, the applicant files the residence
/// permit application (the form and the state duty paid), reviews it, and signs it with their own signer.
/// </summary>
public sealed class FilingModel(ApprovalClient approval, AstanaTime astana) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid CaseId { get; set; }

    [BindProperty]
    public FilingForm Form { get; set; } = new();

    public RpApplication? RpApplication { get; private set; }
    public StateDuty? Duty { get; private set; }
    public FilingDraft? Filing { get; private set; }
    public string FilingBase64 { get; private set; } = "";
    public AgencyProblem? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } notHere) return notHere;
        Form.AmountKzt ??= Duty?.TotalKzt;
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (await LoadAsync(cancellationToken) is { } notHere) return notHere;
        if (RpApplication is { Status: "AwaitingFiling" } application
            && Form.ToFiling(CaseId, User.Iin(), application.EndorsementNumber, ModelState) is { } filing)
            (Filing, FilingBase64) = (filing, Convert.ToBase64String(filing.ToBytes()));
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(string? filing, string? signature, CancellationToken cancellationToken)
    {
        var answer = await approval.FileAsync(CaseId, filing ?? "", signature ?? "", cancellationToken);
        if (answer.Problem is null) return Redirect($"/applicant/cases/{CaseId}");
        Problem = answer.Problem;
        if (await LoadAsync(cancellationToken) is { } notHere) return notHere;
        if (FilingDraft.FromBase64(filing) is { } signed) (Filing, FilingBase64) = (signed, filing!);
        return Page();
    }

    /// <summary>The RP application as Approval holds it (another person's case is not found there either).</summary>
    async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var application = await approval.ApplicationAsync(CaseId, cancellationToken);
        if (application.IsNotFound) return null; // not open yet: the endorsement has not reached Approval
        if (application.Value is null) return StatusCode(application.Problem?.Status ?? StatusCodes.Status502BadGateway);
        RpApplication = application.Value;
        // The duty is reckoned at the MCI of the year it is paid in: this year, in Astana.
        var duty = await approval.StateDutyAsync(astana.InAstana(astana.Now).Year, cancellationToken);
        Duty = duty.Value;
        Problem ??= duty.Problem;
        return null;
    }
}
