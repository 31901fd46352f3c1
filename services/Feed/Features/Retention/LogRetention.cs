using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NomadPlatform.Contracts.Approval;
using NomadPlatform.Contracts.HubIntake;
using NomadPlatform.Contracts.PscIssuance;
using NomadPlatform.Feed.Domain;
using NomadPlatform.Feed.Infrastructure;
using NomadPlatform.Infrastructure.Deadlines;

namespace NomadPlatform.Feed.Features.Retention;

/// <summary>
/// Removes the events of cases that ended, once nothing has happened in them for the retention period
/// (the life of the case plus a year by default; a family visa renewed yearly keeps its case alive),
/// at most 500 cases per sweep (<c>Deadlines:SweepInterval</c>). A case that never ended is kept.
/// </summary>
public sealed class LogRetention(FeedDbContext db, EventCatalogue catalogue, IOptions<RetentionOptions> options, TimeProvider time) : IDeadlineSweeper
{
    const int CasesPerSweep = 500;

    readonly string[] _endings = [.. new[] { typeof(PermanentResidenceRegistered), typeof(RpApplicationRefused), typeof(HubApplicationRejected), typeof(RpApplicationCancelled) }
        .Select(t => catalogue.Of(t).Name)];

    /// <summary>Removes what has outlived the retention; the number of cases removed.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.AfterCaseEnded;
        var ended = await db.Entries.Where(e => _endings.Contains(e.Type) && e.RecordedAt < cutoff)
            .Select(e => e.CaseId).Distinct().Take(CasesPerSweep).ToListAsync(cancellationToken);
        var stillActive = await db.Entries.Where(e => ended.Contains(e.CaseId) && e.RecordedAt >= cutoff)
            .Select(e => e.CaseId).Distinct().ToListAsync(cancellationToken);
        var expired = ended.Except(stillActive).ToList();
        if (expired.Count > 0) await db.Entries.Where(e => expired.Contains(e.CaseId)).ExecuteDeleteAsync(cancellationToken);
        return expired.Count;
    }
}
