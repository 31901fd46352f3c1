using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Contracts.HubIntake;

namespace NomadPlatform.Approval.Features.ReceiveRpApplication;

/// <summary>Opens the 45-day review when Astana Hub's endorsement arrives.</summary>
public sealed class ReceiveRpApplicationHandler(ApprovalDbContext db, TimeProvider time)
{
    public async Task HandleAsync(EndorsementIssued endorsement, CancellationToken cancellationToken)
    {
        if (await db.RpApplications.FindAsync([endorsement.CaseId], cancellationToken) is not null) return;

        db.RpApplications.Add(RpApplication.Receive(
            endorsement.CaseId, endorsement.Iin, endorsement.EndorsementNumber, endorsement.PassportExpiresOn, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
