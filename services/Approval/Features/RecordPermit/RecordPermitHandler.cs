using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Contracts.PscIssuance;

namespace NomadPlatform.Approval.Features.RecordPermit;

/// <summary>Keeps the principal's permit validity, which bounds the family's C2 visas.</summary>
public sealed class RecordPermitHandler(ApprovalDbContext db)
{
    public async Task HandleAsync(ResidencePermitIssued permit, CancellationToken cancellationToken)
    {
        var application = await db.RpApplications.FindAsync([permit.CaseId], cancellationToken)
            ?? throw new InvalidOperationException($"No residence-permit application for case {permit.CaseId} yet.");
        if (application.PermitValidUntil == permit.ValidUntil) return;
        application.RecordPermit(permit.ValidUntil);
        await db.SaveChangesAsync(cancellationToken);
    }
}
