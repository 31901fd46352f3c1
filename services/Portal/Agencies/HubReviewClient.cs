namespace NomadPlatform.Portal.Agencies;

/// <summary>The Astana Hub's review, as its signed-in officer may use it (the Hub checks each role).</summary>
public sealed class HubReviewClient(HttpClient hub) : AgencyClient(hub)
{
    public Task<AgencyAnswer<MyRoles>> MyRolesAsync(CancellationToken cancellationToken) => GetAsync<MyRoles>("/api/staff/me", cancellationToken);

    public Task<AgencyAnswer<List<QueueItem>>> QueueAsync(CancellationToken cancellationToken) =>
        GetAsync<List<QueueItem>>("/api/officers/queue?limit=500", cancellationToken);

    public Task<AgencyAnswer<HubApplication>> ApplicationAsync(Guid caseId, CancellationToken cancellationToken) =>
        GetAsync<HubApplication>($"/api/applications/{caseId}", cancellationToken);

    /// <summary>The applicant's documents, read for the case under review (the Hub records the read against it).</summary>
    public Task<AgencyAnswer<List<UploadedDocument>>> DocumentsAsync(string iin, Guid caseId, CancellationToken cancellationToken) =>
        GetAsync<List<UploadedDocument>>($"/api/applicants/{iin}/documents?caseId={caseId}", cancellationToken);

    public Task<AgencyAnswer<CaseTimeline>> TimelineAsync(Guid caseId, CancellationToken cancellationToken) =>
        GetAsync<CaseTimeline>($"/api/cases/{caseId}/timeline", cancellationToken);

    /// <summary>The file as the Hub keeps it (the caller disposes the response).</summary>
    public Task<HttpResponseMessage> DocumentContentAsync(string iin, Guid documentId, Guid caseId, CancellationToken cancellationToken) =>
        Http.GetAsync($"/api/applicants/{iin}/documents/{documentId}/content?caseId={caseId}", HttpCompletionOption.ResponseHeadersRead, cancellationToken);

    public Task<AgencyAnswer<HubApplication>> AcceptDocumentsAsync(Guid caseId, CancellationToken cancellationToken) =>
        PostAsync<HubApplication>($"/api/applications/{caseId}/document-verification", new { decision = "Accept" }, cancellationToken);

    public Task<AgencyAnswer<HubApplication>> ReturnDocumentsAsync(Guid caseId, IEnumerable<DocumentToCorrect> returns, CancellationToken cancellationToken) =>
        PostAsync<HubApplication>($"/api/applications/{caseId}/document-verification",
            new { decision = "Return", returns = returns.Select(r => new { kind = r.Kind, reason = r.Reason }) }, cancellationToken);

    public Task<AgencyAnswer<List<DateTimeOffset>>> FreeSlotsAsync(Guid caseId, string interviewer, CancellationToken cancellationToken) =>
        GetAsync<List<DateTimeOffset>>($"/api/applications/{caseId}/interview/slots?interviewer={Uri.EscapeDataString(interviewer)}", cancellationToken);

    public Task<AgencyAnswer<HubApplication>> BookInterviewAsync(Guid caseId, DateTimeOffset startsAt, string interviewer, CancellationToken cancellationToken) =>
        PostAsync<HubApplication>($"/api/applications/{caseId}/interview", new { startsAt, interviewer }, cancellationToken);

    public Task<AgencyAnswer<HubApplication>> RecordInterviewAsync(Guid caseId, bool passed, string notes, CancellationToken cancellationToken) =>
        PostAsync<HubApplication>($"/api/applications/{caseId}/interview/result", new { passed, notes }, cancellationToken);

    public Task<AgencyAnswer<HubApplication>> EndorseAsync(Guid caseId, CancellationToken cancellationToken) =>
        PostAsync<HubApplication>($"/api/applications/{caseId}/endorsement", new { }, cancellationToken);

    public Task<AgencyAnswer<HubApplication>> RejectAsync(Guid caseId, string reason, CancellationToken cancellationToken) =>
        PostAsync<HubApplication>($"/api/applications/{caseId}/rejection", new { reason }, cancellationToken);
}
