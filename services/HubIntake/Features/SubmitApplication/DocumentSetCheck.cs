using Microsoft.EntityFrameworkCore;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.HubIntake.Domain.Documents;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.HubIntake.Infrastructure.Documents;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.HubIntake.Features.SubmitApplication;

/// <summary>
/// Runs the set checks over the files the manifest lists, as this applicant uploaded them; every
/// failure is answered at once (422) and nothing is filed.
/// </summary>
public sealed class DocumentSetCheck(HubIntakeDbContext db, DocumentStore store, DocumentSetRule rule)
{
    public async Task<IReadOnlyList<SubmittedDocument>> CheckAsync(ApplicationManifest manifest, IReadOnlyList<string> citizenships, DateOnly filedOn,
        CancellationToken cancellationToken)
    {
        var hashes = manifest.Documents.Select(d => d.Sha256).Distinct().ToList();
        var uploaded = await db.Documents.AsNoTracking()
            .Where(d => d.Iin == manifest.Iin.Value && hashes.Contains(d.Sha256))
            .ToListAsync(cancellationToken);

        var set = new DocumentSet(manifest.Documents, uploaded, citizenships, manifest.Cv, CoverLetterText(manifest, uploaded), manifest.PassportExpiresOn, filedOn);
        var problems = rule.Check(set).ToList();
        if (problems.Count > 0)
            throw new ChecksFailed("hub.documents-fail-checks", $"The application fails {problems.Count} document check(s); nothing was filed.",
                problems.Select(p => new CheckFailure(p.Kind.ToString(), p.Reason)).ToList());
        return manifest.Documents.Select(d => new SubmittedDocument(d.Kind, d.Sha256)).ToList();
    }

    string? CoverLetterText(ApplicationManifest manifest, List<ApplicantDocument> uploaded)
    {
        var letter = manifest.Documents.FirstOrDefault(d => d.Kind == DocumentKind.CoverLetter);
        if (letter is null || !uploaded.Any(u => u.Sha256 == letter.Sha256 && u.Kind == DocumentKind.CoverLetter && u.Content == ContentKind.Pdf))
            return null;
        using var file = store.Open(letter.Sha256);
        return PdfText.Read(file);
    }
}
