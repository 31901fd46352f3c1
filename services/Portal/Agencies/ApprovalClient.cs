namespace NomadPlatform.Portal.Agencies;

/// <summary>The migration service's preliminary approval, as the signed-in applicant may use it.</summary>
public sealed class ApprovalClient(HttpClient approval) : AgencyClient(approval)
{
    public Task<AgencyAnswer<RpApplication>> ApplicationAsync(Guid caseId, CancellationToken cancellationToken) =>
        GetAsync<RpApplication>($"/api/rp-applications/{caseId}", cancellationToken);

    public Task<AgencyAnswer<StateDuty>> StateDutyAsync(int year, CancellationToken cancellationToken) =>
        GetAsync<StateDuty>($"/api/state-duty/{year}", cancellationToken);

    /// <summary>The signed filing (base64 of its bytes and of the detached CMS over them).</summary>
    public Task<AgencyAnswer<RpApplication>> FileAsync(Guid caseId, string application, string signature, CancellationToken cancellationToken) =>
        PostAsync<RpApplication>($"/api/rp-applications/{caseId}/filing", new { application, signature }, cancellationToken);
}

public sealed record RpApplication(Guid CaseId, string Iin, string EndorsementNumber, string Status, DateTimeOffset ReceivedAt, DateTimeOffset? FiledAt,
    DateTimeOffset? ReviewDueAt, DateTimeOffset? DecidedAt, string? NotificationNumber, DateTimeOffset? NotificationValidUntil,
    IReadOnlyList<RefusalGround>? RefusalGrounds, DateOnly? PermitValidUntil);

public sealed record RefusalGround(string Code, string? Text);

public sealed record StateDuty(int Year, decimal Mci, decimal PermitKzt, decimal CardKzt, decimal TotalKzt);
