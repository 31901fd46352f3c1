using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.HubIntake.Infrastructure.Documents;
using NomadPlatform.Infrastructure.Deadlines;

namespace NomadPlatform.HubIntake.Features.UploadDocument;

/// <summary>
/// Removes uploads older than <see cref="UploadOptions.UnsubmittedRetention"/> that no submitted
/// manifest names. It walks the old uploads in order, a page per sweep, and starts over at the end, so
/// kept (submitted) documents never stall it.
/// </summary>
public sealed class UnsubmittedDocumentsSweeper(
    HubIntakeDbContext db, DocumentRemoval removal, UnsubmittedDocumentsSweeper.Cursor cursor, IOptions<UploadOptions> options, TimeProvider time,
    ILogger<UnsubmittedDocumentsSweeper> log) : IDeadlineSweeper
{
    const int Page = 500;

    /// <summary>Where the walk stands, for this process (a restart walks from the start again).</summary>
    public sealed class Cursor
    {
        public DateTimeOffset After { get; set; } = DateTimeOffset.MinValue;
    }

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = now - options.Value.UnsubmittedRetention;
        var after = cursor.After;
        var page = await db.Documents.Where(d => d.UploadedAt < cutoff && d.UploadedAt > after)
            .OrderBy(d => d.UploadedAt).Take(Page).ToListAsync(cancellationToken);
        cursor.After = page.Count < Page ? DateTimeOffset.MinValue : page[^1].UploadedAt;
        if (page.Count == 0) return 0;

        var submitted = await removal.SubmittedAsync(page.Select(d => d.Iin).Distinct().ToList(), cancellationToken);
        var unsubmitted = page.Where(d => !submitted.Contains(d.Sha256)).ToList();
        if (unsubmitted.Count == 0) return 0;
        await removal.RemoveAsync(unsubmitted, now, cancellationToken);
        log.LogInformation("Removed {Count} uploads no application names, uploaded before {Cutoff:O}", unsubmitted.Count, cutoff);
        return unsubmitted.Count;
    }
}
