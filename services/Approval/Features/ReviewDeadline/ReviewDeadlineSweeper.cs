using Microsoft.EntityFrameworkCore;
using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Infrastructure.Deadlines;
using NomadPlatform.Infrastructure.Metrics;

namespace NomadPlatform.Approval.Features.ReviewDeadline;

/// <summary>Flags every application still under review 45 calendar days after filing, each once.</summary>
public sealed class ReviewDeadlineSweeper(ApprovalDbContext db, TimeProvider time, PlatformMetrics metrics) : IDeadlineSweeper
{
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var overdue = await db.RpApplications
            .Where(a => a.Status == RpApplicationStatus.UnderReview && a.ReviewBreachedAt == null && a.ReviewDueAt < now)
            .OrderBy(a => a.ReviewDueAt)
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var application in overdue) application.FlagReviewBreach(now);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var _ in overdue) metrics.DeadlineBreached("approval.review");
        return overdue.Count;
    }
}
