namespace NomadPlatform.HubIntake.Domain.Documents;

/// <summary>One clearance per citizenship (a dual citizen needs both), each issued within the last 180 days.</summary>
public static class PoliceClearanceRule
{
    public const int MaxAgeDays = 180;

    public static IEnumerable<DocumentProblem> Check(IEnumerable<string> citizenships, IReadOnlyList<PoliceClearance> clearances, DateOnly filedOn, LegalisationRule legalisation)
    {
        foreach (var country in citizenships.Where(c => clearances.All(p => p.Country != c)))
            yield return new DocumentProblem(DocumentKind.PoliceClearance, "clearance-missing", $"A certificate of no criminal record from {country} (a country of citizenship) is missing.");
        foreach (var clearance in clearances)
        {
            if (clearance.IssuedOn > filedOn)
                yield return new DocumentProblem(DocumentKind.PoliceClearance, "clearance-future", $"The {clearance.Country} clearance is dated {clearance.IssuedOn:yyyy-MM-dd}, after the filing date.");
            else if (clearance.IssuedOn < filedOn.AddDays(-MaxAgeDays))
                yield return new DocumentProblem(DocumentKind.PoliceClearance, "clearance-too-old", $"The {clearance.Country} clearance was issued on {clearance.IssuedOn:yyyy-MM-dd}, more than {MaxAgeDays} days before filing.");
            if (legalisation.Check(DocumentKind.PoliceClearance, clearance.Country, clearance.Certification) is { } problem)
                yield return problem;
        }
    }
}
