using Microsoft.EntityFrameworkCore;
using NomadPlatform.HubIntake.Domain.Documents;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.HubIntake.Infrastructure.Documents;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.HubIntake.Features.UploadDocument;

/// <summary>
/// Removes uploads that no application names: the applicant's own choice, or the clean-up after the
/// retention. A document a submitted manifest names is never removed; its bytes go only when no upload
/// of anyone still names them.
/// </summary>
public sealed class DocumentRemoval(HubIntakeDbContext db, DocumentStore store, TimeProvider time)
{
    /// <summary>The applicant removes one of their uploads that is not part of any application.</summary>
    public async Task RemoveAsync(string iin, Guid documentId, CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == documentId && d.Iin == iin, cancellationToken)
            ?? throw new CaseNotFound("hub.document-unknown", $"IIN {iin} has no document {documentId}.");
        if ((await SubmittedAsync([iin], cancellationToken)).Contains(document.Sha256))
            throw new CaseRuleViolation("hub.document-submitted", $"Document {documentId} is part of a submitted application and is kept with it.");
        await RemoveAsync([document], time.GetUtcNow(), cancellationToken);
    }

    /// <summary>The SHA-256 of every document the applications of these applicants name.</summary>
    public async Task<HashSet<string>> SubmittedAsync(IReadOnlyCollection<string> iins, CancellationToken cancellationToken) =>
        (await db.Applications.AsNoTracking().Where(a => iins.Contains(a.Iin)).ToListAsync(cancellationToken))
            .SelectMany(a => a.Documents).Select(d => d.Sha256).ToHashSet();

    /// <summary>Deletes the rows, then each file no remaining upload names and that was not stored again meanwhile.</summary>
    public async Task RemoveAsync(IReadOnlyList<ApplicantDocument> documents, DateTimeOffset decidedAt, CancellationToken cancellationToken)
    {
        db.Documents.RemoveRange(documents);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var sha256 in documents.Select(d => d.Sha256).Distinct())
            if (!await db.Documents.AnyAsync(d => d.Sha256 == sha256, cancellationToken))
                store.Delete(sha256, unchangedSince: decidedAt);
    }
}
