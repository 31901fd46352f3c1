using NomadPlatform.Contracts.Operations;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Infrastructure.Risk;

/// <summary>
/// A case at risk at this agency, raised once by the watcher and cleared once its cause is gone (the case
/// moved on, the message was redelivered and taken). Raising records <see cref="CaseAtRisk"/>.
/// </summary>
public sealed class CaseRisk : AggregateRoot
{
    public long Id { get; private set; }
    public Guid CaseId { get; private set; }
    public CaseRiskKind Kind { get; private set; }
    /// <summary>The stage that stalled, or the failed message's id.</summary>
    public string Subject { get; private set; } = "";
    public DateTimeOffset? DueAt { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset RaisedAt { get; private set; }
    public DateTimeOffset? ClearedAt { get; private set; }

    CaseRisk() { }

    public static CaseRisk Raise(string agency, Guid caseId, CaseRiskKind kind, string subject, DateTimeOffset? dueAt, string reason, DateTimeOffset now)
    {
        var risk = new CaseRisk
        {
            CaseId = caseId, Kind = kind, Subject = subject, DueAt = dueAt, RaisedAt = now,
            Reason = reason.Length <= 1024 ? reason : reason[..1021] + "...",
        };
        risk.Record(new CaseAtRisk
        {
            CaseId = caseId, Agency = agency, Kind = KindName(kind), Subject = subject, DueAt = dueAt, Reason = risk.Reason, OccurredAt = now,
        });
        return risk;
    }

    public void Clear(DateTimeOffset now) => ClearedAt ??= now;

    public static string KindName(CaseRiskKind kind) => kind == CaseRiskKind.StageStalled ? "stage-stalled" : "message-failed";
}
