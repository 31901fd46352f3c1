using System.Net.Http.Headers;

namespace NomadPlatform.Portal.Agencies;

/// <summary>The Astana Hub's intake, as the signed-in applicant may use it.</summary>
public sealed class HubIntakeClient(HttpClient hub) : AgencyClient(hub)
{
    public Task<AgencyAnswer<List<ChecklistItem>>> ChecklistAsync(string iin, CancellationToken cancellationToken) =>
        GetAsync<List<ChecklistItem>>($"/api/applicants/{iin}/checklist", cancellationToken);

    public Task<AgencyAnswer<List<UploadedDocument>>> DocumentsAsync(string iin, CancellationToken cancellationToken) =>
        GetAsync<List<UploadedDocument>>($"/api/applicants/{iin}/documents", cancellationToken);

    public Task<AgencyAnswer<List<HubApplication>>> ApplicationsAsync(string iin, CancellationToken cancellationToken) =>
        GetAsync<List<HubApplication>>($"/api/applicants/{iin}/applications", cancellationToken);

    public Task<AgencyAnswer<CaseTimeline>> TimelineAsync(Guid caseId, CancellationToken cancellationToken) =>
        GetAsync<CaseTimeline>($"/api/cases/{caseId}/timeline", cancellationToken);

    public async Task<AgencyAnswer<UploadedDocument>> UploadAsync(string iin, string kind, IFormFile file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        using var content = new StreamContent(stream);
        content.Headers.ContentType = MediaTypeHeaderValue.TryParse(file.ContentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        using var form = new MultipartFormDataContent { { content, "file", Path.GetFileName(file.FileName) } };
        using var response = await Http.PostAsync($"/api/applicants/{iin}/documents/{Uri.EscapeDataString(kind)}", form, cancellationToken);
        return await AnswerAsync<UploadedDocument>(response, cancellationToken);
    }

    public async Task<AgencyProblem?> RemoveAsync(string iin, Guid documentId, CancellationToken cancellationToken)
    {
        using var response = await Http.DeleteAsync($"/api/applicants/{iin}/documents/{documentId}", cancellationToken);
        return response.IsSuccessStatusCode ? null : await AgencyProblem.ReadAsync(response, cancellationToken);
    }

    /// <summary>The signed manifest (base64 of its bytes and of the detached CMS over them).</summary>
    public Task<AgencyAnswer<HubApplication>> SubmitAsync(string manifest, string signature, CancellationToken cancellationToken) =>
        PostAsync<HubApplication>("/api/applications", new { manifest, signature }, cancellationToken);

    /// <summary>A case's whole manifest again, signed anew, after the Hub returned documents for correction.</summary>
    public Task<AgencyAnswer<HubApplication>> ResubmitAsync(Guid caseId, string manifest, string signature, CancellationToken cancellationToken) =>
        PostAsync<HubApplication>($"/api/applications/{caseId}/resubmission", new { manifest, signature }, cancellationToken);

    /// <summary>The interview times the applicant may choose (the Hub's interviewers' free slots before the interview deadline).</summary>
    public Task<AgencyAnswer<InterviewOffer>> InterviewOfferAsync(Guid caseId, CancellationToken cancellationToken) =>
        GetAsync<InterviewOffer>($"/api/applications/{caseId}/interview/offer", cancellationToken);

    public Task<AgencyAnswer<HubApplication>> ChooseInterviewAsync(Guid caseId, DateTimeOffset startsAt, CancellationToken cancellationToken) =>
        PostAsync<HubApplication>($"/api/applications/{caseId}/interview/choice", new { startsAt }, cancellationToken);

    /// <summary>The manifest as the applicant last signed it for the case.</summary>
    public Task<AgencyAnswer<SignedManifest>> ManifestAsync(Guid caseId, CancellationToken cancellationToken) =>
        GetAsync<SignedManifest>($"/api/applications/{caseId}/manifest", cancellationToken);
}

public sealed record SignedManifest(byte[] Manifest, byte[] Signature, string SignerCertificateSerial);

public sealed record InterviewOffer(DateTimeOffset DueAt, IReadOnlyList<DateTimeOffset> Slots);
