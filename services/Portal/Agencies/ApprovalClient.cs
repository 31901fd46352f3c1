namespace NomadPlatform.Portal.Agencies;

/// <summary>The migration service's preliminary approval, as the signed-in applicant may use it.</summary>
public sealed class ApprovalClient(HttpClient approval) : AgencyClient(approval)
{
    public Task<AgencyAnswer<RpApplication>> ApplicationAsync(Guid caseId, CancellationToken cancellationToken) =>
        GetAsync<RpApplication>($"/api/rp-applications/{caseId}", cancellationToken);

    public Task<AgencyAnswer<StateDuty>> StateDutyAsync(int year, CancellationToken cancellationToken) =>
        GetAsync<StateDuty>($"/api/state-duty/{year}", cancellationToken);

    public Task<AgencyAnswer<List<FamilyVisa>>> FamilyVisasAsync(Guid caseId, CancellationToken cancellationToken) =>
        GetAsync<List<FamilyVisa>>($"/api/rp-applications/{caseId}/family-visas", cancellationToken);

    /// <summary>The signed filing (base64 of its bytes and of the detached CMS over them).</summary>
    public Task<AgencyAnswer<RpApplication>> FileAsync(Guid caseId, string application, string signature, CancellationToken cancellationToken) =>
        PostAsync<RpApplication>($"/api/rp-applications/{caseId}/filing", new { application, signature }, cancellationToken);
}

public sealed record RpApplication(Guid CaseId, string Iin, string EndorsementNumber, string Status, DateTimeOffset ReceivedAt, DateTimeOffset? FiledAt,
    DateTimeOffset? ReviewDueAt, DateTimeOffset? DecidedAt, string? NotificationNumber, DateTimeOffset? NotificationValidUntil,
    IReadOnlyList<RefusalGround>? RefusalGrounds, DateOnly? PermitValidUntil);

/// <summary>A C2 family-reunification visa on the principal's case (one year, renewable, never past the principal's permit).</summary>
public sealed record FamilyVisa(string Number, string Category, Guid PrincipalCaseId, string MemberName, string Relationship, DateOnly ValidFrom, DateOnly ValidUntil,
    int Renewals, bool RightToWork);

public sealed record RefusalGround(string Code, string? Text);

public sealed record StateDuty(int Year, decimal Mci, decimal PermitKzt, decimal CardKzt, decimal TotalKzt);
