using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Domain.Refusal;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Approval.Features.RefuseApplication;

/// <summary>A migration officer refuses the permit, citing statutory grounds by code.</summary>
public sealed class RefuseApplicationHandler(ApprovalDbContext db, RefusalGrounds grounds, TimeProvider time)
{
    public async Task<RpApplication> HandleAsync(Guid caseId, IReadOnlyList<string> groundCodes, string officerIin, CancellationToken cancellationToken)
    {
        var cited = grounds.Resolve(groundCodes);
        var application = await db.RpApplications.FindAsync([caseId], cancellationToken)
            ?? throw CaseNotFound.For("residence-permit application", caseId);
        application.Refuse(cited, officerIin, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }
}
