using Microsoft.EntityFrameworkCore;
using NomadPlatform.Arrival.Domain;
using NomadPlatform.Arrival.Infrastructure;
using NomadPlatform.Infrastructure.Deadlines;
using NomadPlatform.Infrastructure.Metrics;

namespace NomadPlatform.Arrival.Features.ExpireArrivalWindows;

/// <summary>Closes every arrival window that passed without an entry, each once; Approval cancels the case on the event.</summary>
public sealed class ArrivalWindowSweeper(ArrivalDbContext db, TimeProvider time, PlatformMetrics metrics) : IDeadlineSweeper
{
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expired = await db.Arrivals
            .Where(a => a.Status == ArrivalStatus.AwaitingArrival && a.EnteredOn == null && a.WindowClosesAt < now)
            .OrderBy(a => a.WindowClosesAt)
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var arrival in expired) arrival.Expire(now);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var _ in expired) metrics.DeadlineBreached("arrival.window");
        return expired.Count;
    }
}
