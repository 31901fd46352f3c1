using Microsoft.EntityFrameworkCore;
using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Approval.Features.CheckEligibility;

/// <summary>The ban that stands today for this IIN, the longest-running one when several overlap; null when none.</summary>
public sealed class CheckEligibilityHandler(ApprovalDbContext db, TimeProvider time)
{
    public async Task<ReapplicationBan?> HandleAsync(Iin iin, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return await db.ReapplicationBans.AsNoTracking()
            .Where(b => b.Iin == iin.Value && b.StartsOn <= today && b.EndsOn > today)
            .OrderByDescending(b => b.EndsOn)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
