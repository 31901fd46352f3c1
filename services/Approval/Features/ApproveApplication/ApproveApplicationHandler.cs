using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Approval.Features.ApproveApplication;

/// <summary>A migration officer approves: the notification (valid 30 days) goes to Arrival.</summary>
public sealed class ApproveApplicationHandler(ApprovalDbContext db, TimeProvider time)
{
    public async Task<RpApplication> HandleAsync(Guid caseId, string officerIin, CancellationToken cancellationToken)
    {
        var application = await db.RpApplications.FindAsync([caseId], cancellationToken)
            ?? throw CaseNotFound.For("residence-permit application", caseId);
        application.Approve(officerIin, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }
}
