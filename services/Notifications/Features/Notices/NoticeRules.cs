using System.Globalization;
using NomadPlatform.Contracts.Approval;
using NomadPlatform.Contracts.HubIntake;
using NomadPlatform.Contracts.PscIssuance;
using NomadPlatform.Notifications.Domain;

namespace NomadPlatform.Notifications.Features.Notices;

/// <summary>A notice to write: its kind and the values its text names (moments as ISO 8601, dates as yyyy-MM-dd).</summary>
public sealed record NoticeDraft(NoticeKind Kind, IReadOnlyDictionary<string, string> Values);

/// <summary>A reminder to schedule before a deadline the applicant owes.</summary>
public sealed record ReminderDraft(NoticeKind Kind, DateTimeOffset DueAt, IReadOnlyDictionary<string, string> Values);

/// <summary>
/// Which events ask something of the applicant or end something for them, what the notice says, and
/// which reminders they set: before the arrival window closes (<see cref="NoticeOptions.ArrivalWindowReminders"/>)
/// and the day before the interview.
/// </summary>
public sealed class NoticeRules(NoticeOptions options)
{
    public NoticeDraft Of(DocumentsReturned e) => new(NoticeKind.DocumentsReturned, Values(("count", e.Documents.Count.ToString(CultureInfo.InvariantCulture))));

    public NoticeDraft Of(InterviewScheduled e) => new(NoticeKind.InterviewScheduled, Values(("startsAt", Moment(e.StartsAt))));

    public IReadOnlyList<ReminderDraft> RemindersOf(InterviewScheduled e, DateTimeOffset now) =>
        Future([new ReminderDraft(NoticeKind.InterviewTomorrow, e.StartsAt - TimeSpan.FromDays(1), Values(("startsAt", Moment(e.StartsAt))))], now);

    public NoticeDraft Of(HubApplicationRejected e) => new(NoticeKind.HubApplicationRejected, Values(("reason", e.Reason)));

    public NoticeDraft Of(EndorsementIssued e) => new(NoticeKind.EndorsementIssued, Values(("endorsementNumber", e.EndorsementNumber)));

    public NoticeDraft Of(NotificationIssued e) =>
        new(NoticeKind.ApprovalGranted, Values(("notificationNumber", e.NotificationNumber), ("validUntil", Moment(e.ValidUntil))));

    public IReadOnlyList<ReminderDraft> RemindersOf(NotificationIssued e, DateTimeOffset now) =>
        Future(options.ArrivalWindowRemindersOrDefault.Select(before => new ReminderDraft(NoticeKind.ArrivalWindowClosing, e.ValidUntil - before,
            Values(("notificationNumber", e.NotificationNumber), ("validUntil", Moment(e.ValidUntil))))).ToList(), now);

    public NoticeDraft Of(RpApplicationRefused e) =>
        new(NoticeKind.ApplicationRefused, Values(("grounds", string.Join(", ", e.Grounds.Select(g => g.Code)))));

    public NoticeDraft Of(RpApplicationCancelled e) =>
        new(NoticeKind.ApplicationCancelled, Values(("reapplicationAllowedFrom", e.ReapplicationAllowedFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));

    public NoticeDraft Of(ResidencePermitIssued e) =>
        new(NoticeKind.PermitIssued, Values(("permitNumber", e.PermitNumber), ("validUntil", e.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));

    static IReadOnlyList<ReminderDraft> Future(IReadOnlyList<ReminderDraft> reminders, DateTimeOffset now) => reminders.Where(r => r.DueAt > now).ToList();

    static string Moment(DateTimeOffset moment) => moment.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    static IReadOnlyDictionary<string, string> Values(params (string Name, string Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);
}
