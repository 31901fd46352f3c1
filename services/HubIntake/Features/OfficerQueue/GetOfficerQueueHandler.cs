using Microsoft.EntityFrameworkCore;
using NomadPlatform.HubIntake.Infrastructure;

namespace NomadPlatform.HubIntake.Features.OfficerQueue;

/// <summary>Hub officers' work: every open review step, the most urgent (earliest due) first.</summary>
public sealed class GetOfficerQueueHandler(HubIntakeDbContext db)
{
    public async Task<List<OfficerQueueItem>> HandleAsync(int limit, CancellationToken cancellationToken)
    {
        var open = await db.Deadlines.AsNoTracking()
            .Where(d => d.MetAt == null)
            .OrderBy(d => d.DueAt)
            .Take(limit)
            .Join(db.Applications, d => d.CaseId, a => a.CaseId, (d, a) => new { d.CaseId, a.ApplicantName, d.Step, d.DueAt, d.BreachedAt })
            .ToListAsync(cancellationToken);
        return open.Select(o => new OfficerQueueItem(o.CaseId, o.ApplicantName, o.Step.ToString(), o.DueAt, o.BreachedAt is not null)).ToList();
    }
}
