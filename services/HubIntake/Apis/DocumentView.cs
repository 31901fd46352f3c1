using NomadPlatform.HubIntake.Domain.Documents;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.HubIntake.Apis;

/// <summary>An uploaded file; its machine checks' findings in the reader's language, with their stable codes.</summary>
public sealed record DocumentView(Guid DocumentId, string Kind, string Content, string Sha256, long Size, string FileName, DateTimeOffset UploadedAt,
    IReadOnlyList<string> Problems, IReadOnlyList<string> ProblemCodes)
{
    public static DocumentView Of(ApplicantDocument d, Func<Reason, string> words)
    {
        var findings = d.Findings().ToList();
        return new(d.Id, d.Kind.ToString(), d.Content.ToString(), d.Sha256, d.Size, d.FileName, d.UploadedAt,
            findings.Select(words).ToList(), findings.Select(f => f.Code).ToList());
    }
}

/// <summary>One kind of document on the checklist: what is uploaded, each file's findings and what is still missing, in the reader's language.</summary>
public sealed record ChecklistItemView(DocumentKind Kind, int Uploaded, IReadOnlyList<string> Problems, string? Missing, string? MissingCode)
{
    public static ChecklistItemView Of(DocumentChecklist.Item item, Func<Reason, string> words) =>
        new(item.Kind, item.Uploaded, item.Problems.Select(p => $"{p.FileName}: {words(p.Finding)}").ToList(),
            item.Missing is null ? null : words(item.Missing), item.Missing?.Code);
}
