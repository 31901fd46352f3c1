using Microsoft.EntityFrameworkCore;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.HubIntake.Features.IssueEndorsement;

/// <summary>A Hub officer endorses the application: the "Astana Hub application" Phase 2 needs.</summary>
public sealed class IssueEndorsementHandler(HubIntakeDbContext db, TimeProvider time)
{
    public async Task<HubApplication> HandleAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var application = await db.Applications.FindAsync([caseId], cancellationToken)
            ?? throw CaseNotFound.For("Hub application", caseId);
        var now = time.GetUtcNow();
        application.Endorse(now);
        foreach (var deadline in await db.Deadlines.Where(d => d.CaseId == caseId && d.MetAt == null).ToListAsync(cancellationToken))
            deadline.Meet(now);
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }
}
