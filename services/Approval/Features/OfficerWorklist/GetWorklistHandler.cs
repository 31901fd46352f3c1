using Microsoft.EntityFrameworkCore;
using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Infrastructure;

namespace NomadPlatform.Approval.Features.OfficerWorklist;

/// <summary>
/// The migration officers' worklist: RP applications in one status (by default those under review), the
/// nearest 45-day decision date first, then the oldest received.
/// </summary>
public sealed class GetWorklistHandler(ApprovalDbContext db)
{
    public async Task<List<RpApplication>> HandleAsync(RpApplicationStatus status, int limit, CancellationToken cancellationToken)
    {
        var applications = await db.RpApplications.AsNoTracking().Where(a => a.Status == status).ToListAsync(cancellationToken);
        // Ordered here: SQLite cannot order by a date with its offset.
        return applications.OrderBy(a => a.ReviewDueAt ?? DateTimeOffset.MaxValue).ThenBy(a => a.ReceivedAt).Take(limit).ToList();
    }
}
