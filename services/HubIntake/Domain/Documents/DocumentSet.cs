namespace NomadPlatform.HubIntake.Domain.Documents;

/// <summary>Everything the set checks look at when an application is filed.</summary>
public sealed record DocumentSet(
    IReadOnlyList<DeclaredDocument> Declared,
    IReadOnlyList<ApplicantDocument> Uploaded,
    IReadOnlyList<string> Citizenships,
    CurriculumVitae Cv,
    string? CoverLetterText,
    DateOnly PassportExpiresOn,
    DateOnly FiledOn);
