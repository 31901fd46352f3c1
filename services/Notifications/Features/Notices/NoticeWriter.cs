using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Notifications.Domain;
using NomadPlatform.Notifications.Infrastructure;

namespace NomadPlatform.Notifications.Features.Notices;

/// <summary>
/// Writes what an event means for the applicant into the inbox (and the mail queue, if they gave an
/// address), schedules and withdraws reminders; the caller saves once, with the message's inbox mark.
/// </summary>
public sealed class NoticeWriter(NotificationsDbContext db, TimeProvider time)
{
    public async Task RememberApplicantAsync(Guid caseId, string iin, CancellationToken cancellationToken)
    {
        if (await db.CaseApplicants.FindAsync([caseId], cancellationToken) is null)
            db.CaseApplicants.Add(CaseApplicant.Of(caseId, iin));
    }

    /// <summary>The applicant's IIN from the event, or as learnt from an earlier one; none yet means the event comes back later (retry).</summary>
    public async Task<string> ApplicantOfAsync(Guid caseId, CancellationToken cancellationToken) =>
        (await db.CaseApplicants.FindAsync([caseId], cancellationToken))?.Iin
            ?? throw new InvalidOperationException($"No applicant is known yet for case {caseId}: its submission has not reached notifications.");

    public Task<bool> HasAsync(Guid caseId, NoticeKind kind, CancellationToken cancellationToken) =>
        db.Notices.AnyAsync(n => n.CaseId == caseId && n.Kind == kind, cancellationToken);

    public async Task WriteAsync(Guid id, Guid caseId, string iin, NoticeDraft draft, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        if (await db.Notices.FindAsync([id], cancellationToken) is not null) return;
        var contact = await db.Contacts.FindAsync([iin], cancellationToken);
        db.Notices.Add(Notice.Of(id, iin, caseId, draft.Kind, draft.Values, occurredAt, contact, time.GetUtcNow()));
    }

    public async Task ScheduleAsync(Guid cause, Guid caseId, string iin, IReadOnlyList<ReminderDraft> reminders, CancellationToken cancellationToken)
    {
        for (var i = 0; i < reminders.Count; i++)
        {
            var id = IdOf(cause, i);
            if (await db.Reminders.FindAsync([id], cancellationToken) is null)
                db.Reminders.Add(Reminder.Schedule(id, caseId, iin, reminders[i].Kind, reminders[i].DueAt, reminders[i].Values));
        }
    }

    /// <summary>What the reminders were for has happened (or can no longer happen).</summary>
    public async Task WithdrawAsync(Guid caseId, NoticeKind kind, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var reminder in await db.Reminders.Where(r => r.CaseId == caseId && r.Kind == kind && r.SentAt == null && r.WithdrawnAt == null).ToListAsync(cancellationToken))
            reminder.Withdraw(now);
    }

    /// <summary>The i-th reminder an event caused, the same for every delivery of that event.</summary>
    static Guid IdOf(Guid cause, int index) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{cause:N}/{index}")).AsSpan(0, 16));
}
