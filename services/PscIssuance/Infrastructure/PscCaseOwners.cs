using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Security;

namespace NomadPlatform.PscIssuance.Infrastructure;

/// <summary>A case belongs to the applicant whose IIN its document submission (taken before any permit) carries.</summary>
public sealed class PscCaseOwners(PscIssuanceDbContext db) : ICaseOwners
{
    public Task<string?> ApplicantOfAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Submissions.AsNoTracking().Where(s => s.CaseId == caseId).Select(s => s.Iin).SingleOrDefaultAsync(cancellationToken);
}
