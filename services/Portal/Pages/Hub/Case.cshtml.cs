using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NomadPlatform.Portal.Agencies;
using NomadPlatform.Portal.Consoles;
using NomadPlatform.Portal.SignIn;

namespace NomadPlatform.Portal.Pages.Hub;

/// <summary>
/// One application as a Hub officer works it: the documents, the step it waits on, and the acts the
/// officer's roles allow there (the Hub itself refuses any other). Each act comes back here with its outcome.
/// </summary>
public sealed class HubCaseModel(HubReviewClient hub) : ConsoleCasePage("/hub/cases")
{
    public HubApplication? Application { get; private set; }
    public IReadOnlyList<UploadedDocument> Documents { get; private set; } = [];
    public IReadOnlyList<CaseTimelineItem> Timeline { get; private set; } = [];
    public IReadOnlyList<DateTimeOffset> Slots { get; private set; } = [];
    /// <summary>An applicant's file, passed through from the Hub as a download.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(Guid caseId, Guid documentId, CancellationToken cancellationToken)
    {
        var application = await hub.ApplicationAsync(caseId, cancellationToken);
        if (application.Value is null) return StatusCode(application.Problem?.Status ?? StatusCodes.Status502BadGateway);
        var response = await hub.DocumentContentAsync(application.Value.Iin, documentId, caseId, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            response.Dispose();
            return StatusCode((int)response.StatusCode);
        }
        HttpContext.Response.RegisterForDispose(response);
        return File(await response.Content.ReadAsStreamAsync(cancellationToken), response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream",
            response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? documentId.ToString());
    }

    public Task<IActionResult> OnPostAcceptAsync(Guid caseId, CancellationToken cancellationToken) =>
        ActAsync(caseId, "Accepted", hub.AcceptDocumentsAsync(caseId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(Guid caseId, string[]? returned, CancellationToken cancellationToken)
    {
        var returns = (returned ?? []).Select(kind => new DocumentToCorrect(kind, Request.Form[$"reason-{kind}"].ToString())).ToList();
        return ActAsync(caseId, "Returned", hub.ReturnDocumentsAsync(caseId, returns, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostBookAsync(Guid caseId, DateTimeOffset startsAt, CancellationToken cancellationToken) =>
        ActAsync(caseId, "Booked", hub.BookInterviewAsync(caseId, startsAt, User.Iin(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostResultAsync(Guid caseId, bool passed, string? notes, CancellationToken cancellationToken) =>
        ActAsync(caseId, "Recorded", hub.RecordInterviewAsync(caseId, passed, notes ?? "", cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostEndorseAsync(Guid caseId, CancellationToken cancellationToken) =>
        ActAsync(caseId, "Endorsed", hub.EndorseAsync(caseId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(Guid caseId, string? reason, CancellationToken cancellationToken) =>
        ActAsync(caseId, "Rejected", hub.RejectAsync(caseId, reason ?? "", cancellationToken), cancellationToken);

    protected override async Task<IActionResult> ShowAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var application = await hub.ApplicationAsync(caseId, cancellationToken);
        if (application.Value is not { } found) return StatusCode(application.Problem?.Status ?? StatusCodes.Status502BadGateway);
        Application = found;
        Roles = (await hub.MyRolesAsync(cancellationToken)).Value?.Roles.ToHashSet() ?? [];
        Documents = (await hub.DocumentsAsync(found.Iin, caseId, cancellationToken)).Value ?? [];
        Timeline = (await hub.TimelineAsync(caseId, cancellationToken)).Value?.Events ?? [];
        if (May("Interviewer") && found.Status == "DocumentsVerified")
            Slots = ((await hub.FreeSlotsAsync(caseId, User.Iin(), cancellationToken)).Value ?? []).Take(12).ToList();
        return Page();
    }
}
