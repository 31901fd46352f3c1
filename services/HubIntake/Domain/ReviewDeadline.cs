using NomadPlatform.Contracts.HubIntake;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.HubIntake.Domain;

/// <summary>When a review step of one case is due; met when the officer completes it, breached when the sweep finds it overdue.</summary>
public sealed class ReviewDeadline : AggregateRoot
{
    public long Id { get; private set; }
    public Guid CaseId { get; private set; }
    public ReviewStep Step { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset? MetAt { get; private set; }
    public DateTimeOffset? BreachedAt { get; private set; }

    ReviewDeadline() { }

    public static ReviewDeadline Open(Guid caseId, ReviewStep step, DateTimeOffset dueAt) => new() { CaseId = caseId, Step = step, DueAt = dueAt };

    public bool IsOpen => MetAt is null;

    public void Meet(DateTimeOffset now) => MetAt ??= now;

    /// <summary>Flags the breach once, with the event operators and partners watch.</summary>
    public void FlagBreach(DateTimeOffset now)
    {
        if (!IsOpen || BreachedAt is not null || now <= DueAt) return;
        BreachedAt = now;
        Record(new HubReviewDeadlineMissed { CaseId = CaseId, Step = Step.ToString(), DueAt = DueAt, OccurredAt = now });
    }
}
