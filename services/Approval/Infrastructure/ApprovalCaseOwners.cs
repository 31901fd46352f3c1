using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Security;

namespace NomadPlatform.Approval.Infrastructure;

/// <summary>A case belongs to the applicant whose IIN its residence-permit application carries.</summary>
public sealed class ApprovalCaseOwners(ApprovalDbContext db) : ICaseOwners
{
    public Task<string?> ApplicantOfAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.RpApplications.AsNoTracking().Where(a => a.CaseId == caseId).Select(a => a.Iin).SingleOrDefaultAsync(cancellationToken);
}
