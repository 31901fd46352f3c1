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
        return await db.RpApplications.AsNoTracking().Where(a => a.Status == status)
            .OrderBy(a => a.ReviewDueAt == null).ThenBy(a => a.ReviewDueAt).ThenBy(a => a.ReceivedAt)
            .Take(limit).ToListAsync(cancellationToken);
    }
}
