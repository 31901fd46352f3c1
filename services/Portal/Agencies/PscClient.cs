namespace NomadPlatform.Portal.Agencies;

/// <summary>The Public Service Center's counter as the signed-in person may use it: the applicant reads their permit; operators take documents and issue permits.</summary>
public sealed class PscClient(HttpClient psc) : AgencyClient(psc)
{
    public static readonly string[] Documents = ["ApplicationForm", "Passport", "Photo", "MedicalCertificate", "HousingContract"];

    public Task<AgencyAnswer<MyRoles>> MyRolesAsync(CancellationToken cancellationToken) => GetAsync<MyRoles>("/api/staff/me", cancellationToken);

    public Task<AgencyAnswer<List<SubmissionRow>>> SubmissionsAsync(string permit, CancellationToken cancellationToken) =>
        GetAsync<List<SubmissionRow>>($"/api/submissions?permit={Uri.EscapeDataString(permit)}&limit=500", cancellationToken);

    public Task<AgencyAnswer<Submission>> SubmissionAsync(Guid caseId, CancellationToken cancellationToken) =>
        GetAsync<Submission>($"/api/submissions/{caseId}", cancellationToken);

    public Task<AgencyAnswer<Submission>> SubmitAsync(Guid caseId, string office, IReadOnlyList<string> documents, CancellationToken cancellationToken) =>
        PostAsync<Submission>("/api/submissions", new { caseId, office, documents }, cancellationToken);

    public Task<AgencyAnswer<Permit>> PermitAsync(Guid caseId, CancellationToken cancellationToken) =>
        GetAsync<Permit>($"/api/permits/{caseId}", cancellationToken);

    public Task<AgencyAnswer<Permit>> IssuePermitAsync(Guid caseId, CancellationToken cancellationToken) =>
        PostAsync<Permit>("/api/permits", new { caseId }, cancellationToken);
}

public sealed record SubmissionRow(Guid CaseId, string Iin, string Office, DateTimeOffset SubmittedAt, string? PermitNumber, DateTimeOffset? PermitIssuedAt);

public sealed record Submission(Guid CaseId, string Iin, string Office, string HousingAddress, DateOnly PassportExpiresOn, DateTimeOffset SubmittedAt);

public sealed record Permit(Guid CaseId, string Iin, string PermitNumber, DateOnly ValidFrom, DateOnly ValidUntil, string RegisteredAddress, DateTimeOffset IssuedAt);
