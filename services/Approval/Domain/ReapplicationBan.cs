using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Approval.Domain;

/// <summary>An entry of the ban registry: from its start, no new RP application by this IIN is accepted until it ends.</summary>
public sealed class ReapplicationBan
{
    public long Id { get; private set; }
    public string Iin { get; private set; } = "";
    public BanReason Reason { get; private set; }
    public DateOnly StartsOn { get; private set; }

    /// <summary>The first day a new application is accepted again.</summary>
    public DateOnly EndsOn { get; private set; }

    public Guid? CaseId { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The ban registrar who recorded it; null for a ban the platform recorded itself (a no-show).</summary>
    public string? RecordedBy { get; private set; }

    ReapplicationBan() { }

    public static ReapplicationBan Record(Iin iin, BanReason reason, DateOnly startsOn, Guid? caseId, DateTimeOffset now, string? recordedBy = null) => new()
    {
        Iin = iin.Value,
        Reason = reason,
        StartsOn = startsOn,
        EndsOn = reason == BanReason.NoShowCancellation ? startsOn.AddMonths(12) : startsOn.AddYears(5),
        CaseId = caseId,
        RecordedAt = now,
        RecordedBy = recordedBy,
    };

    public bool AppliesOn(DateOnly date) => date >= StartsOn && date < EndsOn;
}
