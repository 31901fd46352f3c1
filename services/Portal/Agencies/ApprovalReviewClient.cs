namespace NomadPlatform.Portal.Agencies;

/// <summary>The migration service's review, as its signed-in officer may use it (Approval checks each role).</summary>
public sealed class ApprovalReviewClient(HttpClient approval) : AgencyClient(approval)
{
    public Task<AgencyAnswer<MyRoles>> MyRolesAsync(CancellationToken cancellationToken) => GetAsync<MyRoles>("/api/staff/me", cancellationToken);

    public Task<AgencyAnswer<List<RpApplication>>> WorklistAsync(string status, CancellationToken cancellationToken) =>
        GetAsync<List<RpApplication>>($"/api/rp-applications?status={Uri.EscapeDataString(status)}&limit=500", cancellationToken);

    public Task<AgencyAnswer<RpApplication>> ApplicationAsync(Guid caseId, CancellationToken cancellationToken) =>
        GetAsync<RpApplication>($"/api/rp-applications/{caseId}", cancellationToken);

    public Task<AgencyAnswer<List<RefusalGround>>> RefusalGroundsAsync(CancellationToken cancellationToken) =>
        GetAsync<List<RefusalGround>>("/api/refusal-grounds", cancellationToken);

    public Task<AgencyAnswer<RpApplication>> ApproveAsync(Guid caseId, CancellationToken cancellationToken) =>
        PostAsync<RpApplication>($"/api/rp-applications/{caseId}/approval", new { }, cancellationToken);

    public Task<AgencyAnswer<RpApplication>> RefuseAsync(Guid caseId, IReadOnlyList<string> grounds, CancellationToken cancellationToken) =>
        PostAsync<RpApplication>($"/api/rp-applications/{caseId}/refusal", new { grounds }, cancellationToken);

    public Task<AgencyAnswer<List<FamilyVisa>>> FamilyVisasAsync(Guid caseId, CancellationToken cancellationToken) =>
        GetAsync<List<FamilyVisa>>($"/api/rp-applications/{caseId}/family-visas", cancellationToken);

    public Task<AgencyAnswer<FamilyVisa>> IssueFamilyVisaAsync(Guid caseId, FamilyVisaForm form, CancellationToken cancellationToken) =>
        PostAsync<FamilyVisa>("/api/family-visas",
            new { principalCaseId = caseId, fullName = form.FullName, relationship = form.Relationship, birthDate = form.BirthDate, passportNumber = form.PassportNumber },
            cancellationToken);

    public Task<AgencyAnswer<FamilyVisa>> RenewFamilyVisaAsync(string number, CancellationToken cancellationToken) =>
        PostAsync<FamilyVisa>($"/api/family-visas/{Uri.EscapeDataString(number)}/renewal", new { }, cancellationToken);

    /// <summary>The ban standing today for the applicant of the case under review (not found: the person may apply).</summary>
    public Task<AgencyAnswer<Ban>> BanAsync(string iin, Guid caseId, CancellationToken cancellationToken) =>
        GetAsync<Ban>($"/api/bans/{iin}?caseId={caseId}", cancellationToken);

    /// <summary>The ban standing today for <paramref name="iin"/>, looked up at the registry's desk (the reason the read is recorded with).</summary>
    public Task<AgencyAnswer<Ban>> RegistryBanAsync(string iin, CancellationToken cancellationToken) =>
        GetAsync<Ban>($"/api/bans/{iin}?reason=ban-registry", cancellationToken);

    public Task<AgencyAnswer<Ban>> RegisterBanAsync(string iin, string reason, DateOnly? startsOn, CancellationToken cancellationToken) =>
        PostAsync<Ban>("/api/bans", new { iin, reason, startsOn }, cancellationToken);
}

public sealed record FamilyVisaForm(string? FullName, string? Relationship, DateOnly? BirthDate, string? PassportNumber);

public sealed record Ban(string Iin, string Reason, DateOnly StartsOn, DateOnly EndsOn, Guid? CaseId);
