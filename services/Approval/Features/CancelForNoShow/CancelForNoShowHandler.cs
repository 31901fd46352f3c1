using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Contracts.Arrival;

namespace NomadPlatform.Approval.Features.CancelForNoShow;

/// <summary>Arrival says the window passed: cancel the approved application and record the 12-month ban, in one transaction.</summary>
public sealed class CancelForNoShowHandler(ApprovalDbContext db, TimeProvider time)
{
    public async Task HandleAsync(ArrivalWindowExpired expired, CancellationToken cancellationToken)
    {
        // Not found means the approval has not been stored here yet: throwing lets redelivery try again.
        var application = await db.RpApplications.FindAsync([expired.CaseId], cancellationToken)
            ?? throw new InvalidOperationException($"No residence-permit application for case {expired.CaseId} yet.");
        if (application.Status == RpApplicationStatus.Cancelled) return;

        db.ReapplicationBans.Add(application.CancelForNoShow(expired.WindowClosedAt, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
