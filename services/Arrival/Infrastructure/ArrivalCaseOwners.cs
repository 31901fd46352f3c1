using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Security;

namespace NomadPlatform.Arrival.Infrastructure;

/// <summary>A case belongs to the applicant whose IIN its arrival record carries.</summary>
public sealed class ArrivalCaseOwners(ArrivalDbContext db) : ICaseOwners
{
    public Task<string?> ApplicantOfAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Arrivals.AsNoTracking().Where(a => a.CaseId == caseId).Select(a => a.Iin).SingleOrDefaultAsync(cancellationToken);
}
