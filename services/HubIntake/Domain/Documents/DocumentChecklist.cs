using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.HubIntake.Domain.Documents;

/// <summary>
/// Before filing, what the applicant has uploaded against what an application needs: per kind the
/// clean files and those with problems, and what is still missing (a clearance per citizenship).
/// </summary>
public static class DocumentChecklist
{
    public sealed record Item(DocumentKind Kind, int Uploaded, IReadOnlyList<(string FileName, Reason Finding)> Problems, Reason? Missing);

    public static IReadOnlyList<Item> For(IReadOnlyList<ApplicantDocument> uploaded, IReadOnlyList<string> citizenships) =>
        Enum.GetValues<DocumentKind>().Select(kind =>
        {
            var files = uploaded.Where(d => d.Kind == kind).ToList();
            var clean = files.Count(f => f.Problems.Count == 0);
            var missing = kind == DocumentKind.PoliceClearance
                ? clean >= citizenships.Count ? null
                    : new Reason("checklist.clearances-missing", $"A clearance from each country of citizenship ({string.Join(", ", citizenships)}): {clean} of {citizenships.Count} uploaded.")
                : clean == 0 ? new Reason("checklist.kind-missing", $"No clean file of this kind is uploaded yet.") : null;
            return new Item(kind, files.Count, files.SelectMany(f => f.Findings().Select(finding => (f.FileName, finding))).ToList(), missing);
        }).ToList();
}
