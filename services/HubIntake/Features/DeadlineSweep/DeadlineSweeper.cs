using Microsoft.EntityFrameworkCore;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.Infrastructure.Deadlines;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Metrics;

namespace NomadPlatform.HubIntake.Features.DeadlineSweep;

/// <summary>Flags every open review deadline that has passed (each once), raising its breach event through the outbox.</summary>
public sealed class DeadlineSweeper(HubIntakeDbContext db, TimeProvider time, PlatformMetrics metrics) : IDeadlineSweeper
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
        foreach (var deadline in overdue) metrics.DeadlineBreached(CaseStage.NameOf("hub", deadline.Step));
        return overdue.Count;
    }
}
