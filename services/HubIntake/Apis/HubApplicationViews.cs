using Microsoft.EntityFrameworkCore;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.HubIntake.Infrastructure;

namespace NomadPlatform.HubIntake.Apis;

/// <summary>Builds the application view with its next open deadline, as applicants and officers see it after every step.</summary>
public sealed class HubApplicationViews(HubIntakeDbContext db)
{
    public async Task<HubApplicationView> OfAsync(HubApplication application, CancellationToken cancellationToken)
    {
        var next = await db.Deadlines.AsNoTracking()
            .Where(d => d.CaseId == application.CaseId && d.MetAt == null)
            .OrderBy(d => d.DueAt)
            .FirstOrDefaultAsync(cancellationToken);
        return HubApplicationView.Of(application, next);
    }
}
