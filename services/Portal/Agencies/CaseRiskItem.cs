namespace NomadPlatform.Portal.Agencies;

/// <summary>A case the agency's watcher found at risk of missing a legal deadline (<c>GET /api/cases-at-risk</c>).</summary>
public sealed record CaseRiskItem(long Id, Guid CaseId, string Kind, string Subject, DateTimeOffset? DueAt, string Reason, DateTimeOffset RaisedAt);
