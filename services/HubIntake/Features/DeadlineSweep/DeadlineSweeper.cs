using Microsoft.EntityFrameworkCore;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.Infrastructure.Deadlines;

namespace NomadPlatform.HubIntake.Features.DeadlineSweep;

/// <summary>Flags every open review deadline that has passed (each once), raising its breach event through the outbox.</summary>
public sealed class DeadlineSweeper(HubIntakeDbContext db, TimeProvider time) : IDeadlineSweeper
{
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var overdue = await db.Deadlines
            .Where(d => d.MetAt == null && d.BreachedAt == null && d.DueAt < now)
            .OrderBy(d => d.DueAt)
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var deadline in overdue) deadline.FlagBreach(now);
        await db.SaveChangesAsync(cancellationToken);
        return overdue.Count;
    }
}
