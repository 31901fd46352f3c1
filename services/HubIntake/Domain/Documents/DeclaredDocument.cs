namespace NomadPlatform.HubIntake.Domain.Documents;

/// <summary>
/// A document as the signed manifest lists it: the SHA-256 of a file the applicant uploaded, and what
/// the applicant declares about it (issuing country and certification for diplomas and clearances,
/// the clearance's date, the cover letter's language, a portfolio item's title).
/// </summary>
public sealed record DeclaredDocument(
    DocumentKind Kind,
    string Sha256,
    string? Title = null,
    string? IssuingCountry = null,
    Certification? Certification = null,
    DateOnly? IssuedOn = null,
    LetterLanguage? Language = null);
