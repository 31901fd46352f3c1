using NomadPlatform.Notifications.Domain;
using NomadPlatform.Notifications.Features.Notices;

namespace NomadPlatform.Notifications.Apis;

public sealed record NoticeView(Guid Id, Guid CaseId, string Kind, string Subject, string Body, DateTimeOffset OccurredAt, DateTimeOffset? ReadAt, string Mail, DateTimeOffset? MailedAt)
{
    public static NoticeView Of(Notice n, RenderedNotice text) =>
        new(n.Id, n.CaseId, n.Kind.ToString(), text.Subject, text.Body, n.OccurredAt, n.ReadAt, n.Mail.State.ToString(), n.Mail.SentAt);
}

public sealed record InboxView(IReadOnlyList<NoticeView> Notices, int Unread);

public sealed record ReminderView(Guid CaseId, string Kind, DateTimeOffset DueAt)
{
    public static ReminderView Of(Reminder r) => new(r.CaseId, r.Kind.ToString(), r.DueAt);
}

public sealed record ContactView(string? Email, string Language)
{
    public static ContactView Of(ApplicantContact? c) => new(c?.Email, c?.Language ?? "en");
}

public sealed record ContactRequest(string? Email, string? Language);

/// <summary>An undelivered mail as the mail desk sees it: whose, what kind, how it failed; never the text.</summary>
public sealed record UndeliveredMailView(Guid NoticeId, string Iin, string Kind, string State, int Attempts, DateTimeOffset? NextAttemptAt, string? LastError)
{
    public static UndeliveredMailView Of(Notice n) => new(n.Id, n.Iin, n.Kind.ToString(), n.Mail.State.ToString(), n.Mail.Attempts, n.Mail.NextAttemptAt, n.Mail.LastError);
}
