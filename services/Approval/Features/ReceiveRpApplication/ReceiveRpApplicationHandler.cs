using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Approval.Infrastructure.Endorsements;
using NomadPlatform.Contracts.HubIntake;

namespace NomadPlatform.Approval.Features.ReceiveRpApplication;

/// <summary>Opens the case for filing when Astana Hub's endorsement arrives, once its seal is verified.</summary>
public sealed class ReceiveRpApplicationHandler(ApprovalDbContext db, EndorsementVerifier verifier, TimeProvider time)
{
    public async Task HandleAsync(EndorsementIssued endorsement, CancellationToken cancellationToken)
    {
        if (await db.RpApplications.FindAsync([endorsement.CaseId], cancellationToken) is not null) return;
        await verifier.VerifyAsync(endorsement, cancellationToken);

        db.RpApplications.Add(RpApplication.Receive(
            endorsement.CaseId, endorsement.Iin, endorsement.EndorsementNumber, endorsement.PassportExpiresOn, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
