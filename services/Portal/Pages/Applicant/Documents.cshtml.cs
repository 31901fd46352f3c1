using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NomadPlatform.Portal.Agencies;
using NomadPlatform.Portal.Localisation;
using NomadPlatform.Portal.SignIn;

namespace NomadPlatform.Portal.Pages.Applicant;

/// <summary>The seven kinds of document: what is uploaded, what each rule found, what is still missing (a clearance per citizenship).</summary>
[RequestSizeLimit(11 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 11 * 1024 * 1024)]
public sealed class DocumentsModel(HubIntakeClient hub, IStringLocalizer<Texts> texts) : PageModel
{
    public IReadOnlyList<ChecklistItem> Checklist { get; private set; } = [];
    public IReadOnlyList<UploadedDocument> Documents { get; private set; } = [];
    public AgencyProblem? Problem { get; private set; }
    public UploadedDocument? Uploaded { get; private set; }
    public string? FailedKind { get; private set; }

    /// <summary>Why the upload of <see cref="FailedKind"/> was refused, shown at its file field.</summary>
    public string? UploadRefusal { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostUploadAsync(string kind, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is not { Length: > 0 })
            UploadRefusal = texts["Documents.NoFile"];
        else
        {
            var answer = await hub.UploadAsync(User.Iin(), kind, file, cancellationToken);
            Uploaded = answer.Value;
            UploadRefusal = answer.Problem is { } refused ? refused.Detail ?? refused.Errors.Values.SelectMany(e => e).FirstOrDefault() ?? refused.Title : null;
        }
        FailedKind = UploadRefusal is null ? null : kind;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid documentId, CancellationToken cancellationToken)
    {
        Problem = await hub.RemoveAsync(User.Iin(), documentId, cancellationToken);
        if (Problem is null) return RedirectToPage();
        await LoadAsync(cancellationToken);
        return Page();
    }

    async Task LoadAsync(CancellationToken cancellationToken)
    {
        var checklist = await hub.ChecklistAsync(User.Iin(), cancellationToken);
        var documents = await hub.DocumentsAsync(User.Iin(), cancellationToken);
        Checklist = checklist.Value ?? [];
        Documents = documents.Value ?? [];
        Problem ??= checklist.Problem ?? documents.Problem;
    }
}
