using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.HubIntake.Features.CaseTimeline;

/// <summary>The applicant's view of the case: every event any agency published, in the order they happened.</summary>
public sealed class GetCaseTimelineHandler(HubIntakeDbContext db)
{
    public async Task<CaseTimelineView> HandleAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.CaseId == caseId, cancellationToken)
            ?? throw CaseNotFound.For("case", caseId);
        var entries = await db.Timeline.AsNoTracking()
            .Where(e => e.CaseId == caseId)
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
        var ordered = entries.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).ToList();
        var items = ordered
            .Select(e => new CaseTimelineItem(e.EventType, e.Agency, e.OccurredAt, e.MessageId, e.OfficerIin, JsonDocument.Parse(e.Details).RootElement))
            .ToList();
        return new CaseTimelineView(caseId, TimelineStatus.Of(application.Status, ordered.Select(e => e.EventType)), items);
    }
}
