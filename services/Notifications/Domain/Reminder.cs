namespace NomadPlatform.Notifications.Domain;

/// <summary>
/// A notice due before a deadline the applicant owes (the arrival window's close, the interview); it
/// becomes a notice when due, unless what it reminds of happened first.
/// </summary>
public sealed class Reminder
{
    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string Iin { get; private set; } = "";
    public NoticeKind Kind { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();
    public DateTimeOffset? SentAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }

    public bool Open => SentAt is null && WithdrawnAt is null;

    Reminder() { }

    /// <summary>Its id follows from what caused it, so the same event redelivered schedules nothing new.</summary>
    public static Reminder Schedule(Guid id, Guid caseId, string iin, NoticeKind kind, DateTimeOffset dueAt, IReadOnlyDictionary<string, string> values) =>
        new() { Id = id, CaseId = caseId, Iin = iin, Kind = kind, DueAt = dueAt, Values = values };

    public void Sent(DateTimeOffset now) => SentAt ??= now;

    public void Withdraw(DateTimeOffset now)
    {
        if (Open) WithdrawnAt = now;
    }
}
