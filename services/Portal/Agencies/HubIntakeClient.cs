using System.Net.Http.Headers;
using System.Text.Json;

namespace NomadPlatform.Portal.Agencies;

/// <summary>The Astana Hub's intake, as the signed-in person may use it.</summary>
public sealed class HubIntakeClient(HttpClient hub)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

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
        using var response = await hub.PostAsync($"/api/applicants/{iin}/documents/{Uri.EscapeDataString(kind)}", form, cancellationToken);
        return await AnswerAsync<UploadedDocument>(response, cancellationToken);
    }

    public async Task<AgencyProblem?> RemoveAsync(string iin, Guid documentId, CancellationToken cancellationToken)
    {
        using var response = await hub.DeleteAsync($"/api/applicants/{iin}/documents/{documentId}", cancellationToken);
        return response.IsSuccessStatusCode ? null : await AgencyProblem.ReadAsync(response, cancellationToken);
    }

    /// <summary>The signed manifest (base64 of its bytes and of the detached CMS over them).</summary>
    public async Task<AgencyAnswer<HubApplication>> SubmitAsync(string manifest, string signature, CancellationToken cancellationToken)
    {
        using var response = await hub.PostAsJsonAsync("/api/applications", new { manifest, signature }, cancellationToken);
        return await AnswerAsync<HubApplication>(response, cancellationToken);
    }

    async Task<AgencyAnswer<T>> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var response = await hub.GetAsync(path, cancellationToken);
        return await AnswerAsync<T>(response, cancellationToken);
    }

    static async Task<AgencyAnswer<T>> AnswerAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken) =>
        response.IsSuccessStatusCode
            ? new AgencyAnswer<T>(await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken), null)
            : new AgencyAnswer<T>(default, await AgencyProblem.ReadAsync(response, cancellationToken));
}
