using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NomadPlatform.Portal.Agencies;
using NomadPlatform.Portal.Applications;
using NomadPlatform.Portal.SignIn;

namespace NomadPlatform.Portal.Pages.Applicant;

/// <summary>
/// The application: the form (passport, what is declared about each document, the CV), then the review of
/// the manifest those answers make, signed by the applicant's own signer (NCALayer) and submitted to the Hub.
/// For a case whose documents came back (<c>?caseId=…</c>) the form starts from the manifest last signed
/// and the whole manifest is signed and resubmitted for that case.
/// </summary>
public sealed class ApplicationModel(HubIntakeClient hub) : PageModel
{
    [BindProperty]
    public ApplicationForm Form { get; set; } = new();

    /// <summary>The case being corrected, when documents came back; none for a new application.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? CaseId { get; set; }

    public ManifestDraft? Manifest { get; private set; }
    public string ManifestBase64 { get; private set; } = "";
    public AgencyProblem? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var documents = await hub.DocumentsAsync(User.Iin(), cancellationToken);
        Problem = documents.Problem;
        var clean = (documents.Value ?? []).Where(d => d.Problems.Count == 0).ToList();
        Form = ApplicationForm.For(clean);
        if (CaseId is not { } caseId) return;
        var signed = await hub.ManifestAsync(caseId, cancellationToken);
        Problem ??= signed.Problem;
        if (signed.Value?.Manifest is { } bytes && ManifestDraft.FromBytes(bytes) is { } previous) Form = ApplicationForm.Correcting(previous, clean);
    }

    public IActionResult OnPostMore()
    {
        ModelState.Clear();
        Form.WithRows(Form.Education.Count(e => e.IsBlank) + 2);
        return Page();
    }

    public IActionResult OnPostReview()
    {
        ModelState.Clear();
        if (Form.ToManifest(User.Iin(), ModelState) is not { } manifest)
        {
            Form.WithRows(1);
            return Page();
        }
        Manifest = manifest;
        ManifestBase64 = Convert.ToBase64String(manifest.ToBytes());
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(string? manifest, string? signature, CancellationToken cancellationToken)
    {
        var answer = CaseId is { } caseId
            ? await hub.ResubmitAsync(caseId, manifest ?? "", signature ?? "", cancellationToken)
            : await hub.SubmitAsync(manifest ?? "", signature ?? "", cancellationToken);
        if (answer.Value is { } application) return Redirect($"/applicant/cases/{application.CaseId}");
        Problem = answer.Problem;
        // The review stays as it was signed, so the applicant can sign again or go back to the form.
        var bytes = new byte[manifest?.Length ?? 0];
        if (manifest is not null && Convert.TryFromBase64String(manifest, bytes, out var length) && ManifestDraft.FromBytes(bytes[..length]) is { } signed)
            (Manifest, ManifestBase64) = (signed, manifest);
        else
            Form = Form.WithRows(2);
        return Page();
    }
}
