using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Security;

namespace NomadPlatform.HubIntake.Infrastructure;

/// <summary>A case belongs to the applicant whose IIN its Hub application carries.</summary>
public sealed class HubCaseOwners(HubIntakeDbContext db) : ICaseOwners
{
    public Task<string?> ApplicantOfAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Applications.AsNoTracking().Where(a => a.CaseId == caseId).Select(a => a.Iin).SingleOrDefaultAsync(cancellationToken);
}
