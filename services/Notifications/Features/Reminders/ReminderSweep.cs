using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Deadlines;
using NomadPlatform.Notifications.Features.Notices;
using NomadPlatform.Notifications.Infrastructure;

namespace NomadPlatform.Notifications.Features.Reminders;

/// <summary>Turns each reminder that fell due (and was not withdrawn) into a notice with the reminder's id, on the service's clock.</summary>
public sealed class ReminderSweep(NotificationsDbContext db, NoticeWriter notices, TimeProvider time) : IDeadlineSweeper
{
    const int PerSweep = 200;

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.Reminders.Where(r => r.SentAt == null && r.WithdrawnAt == null && r.DueAt <= now)
            .OrderBy(r => r.DueAt).Take(PerSweep).ToListAsync(cancellationToken);
        foreach (var reminder in due)
        {
            await notices.WriteAsync(reminder.Id, reminder.CaseId, reminder.Iin, new NoticeDraft(reminder.Kind, reminder.Values), reminder.DueAt, cancellationToken);
            reminder.Sent(now);
        }
        if (due.Count > 0) await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
