namespace NomadPlatform.Notifications.Domain;

/// <summary>
/// One message in the applicant's inbox: what happened (its kind and the values its text names, never
/// rendered here, so the reader sees it in their language), and its e-mail's delivery. Its id is the
/// event's message id (or the reminder's), so a redelivered event cannot notify twice.
/// </summary>
public sealed class Notice
{
    public Guid Id { get; private set; }
    public string Iin { get; private set; } = "";
    public Guid CaseId { get; private set; }
    public NoticeKind Kind { get; private set; }
    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();
    public DateTimeOffset OccurredAt { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }
    public NoticeMail Mail { get; private set; } = NoticeMail.None;

    Notice() { }

    public static Notice Of(Guid id, string iin, Guid caseId, NoticeKind kind, IReadOnlyDictionary<string, string> values, DateTimeOffset occurredAt,
        ApplicantContact? contact, DateTimeOffset now) => new()
    {
        Id = id,
        Iin = iin,
        CaseId = caseId,
        Kind = kind,
        Values = values,
        OccurredAt = occurredAt,
        ReceivedAt = now,
        Mail = contact?.Email is { } email ? NoticeMail.To(email, contact.Language, now) : NoticeMail.None,
    };

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    public void MailSent(DateTimeOffset now) => Mail = Mail.Sent(now);

    public void MailFailed(string error, DateTimeOffset now) => Mail = Mail.Failed(error, now);
}
