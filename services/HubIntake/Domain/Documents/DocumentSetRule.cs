using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.HubIntake.Domain.Documents;

/// <summary>
/// The checks run when an application is filed: every listed file was uploaded by this applicant as
/// that kind and passed its own checks; all seven kinds are there (one photo, CV and cover letter; at
/// least one passport copy, portfolio item and diploma; a clearance per citizenship); the passport,
/// certifications, clearances, CV and cover letter each meet their rule.
/// </summary>
public sealed class DocumentSetRule(LegalisationRule legalisation)
{
    public const int MinimumPassportValidityDays = 180;

    static readonly DocumentKind[] ExactlyOne = [DocumentKind.Photo, DocumentKind.Cv, DocumentKind.CoverLetter];
    static readonly DocumentKind[] AtLeastOne = [DocumentKind.PassportCopy, DocumentKind.ItPortfolio, DocumentKind.DiplomaOrCertificate];

    public IEnumerable<DocumentProblem> Check(DocumentSet set)
    {
        if (PassportValidityProblem(set.PassportExpiresOn, set.FiledOn) is { } passport)
            yield return new DocumentProblem(DocumentKind.PassportCopy, passport);

        foreach (var problem in set.Declared.SelectMany(document => CheckFile(document, set.Uploaded)))
            yield return problem;
        foreach (var listedTwice in set.Declared.GroupBy(d => d.Sha256).Where(g => g.Count() > 1))
            yield return new DocumentProblem(listedTwice.First().Kind, "document-listed-twice", $"The file {Short(listedTwice.Key)} is listed {listedTwice.Count()} times.");

        var counts = set.Declared.GroupBy(d => d.Kind).ToDictionary(g => g.Key, g => g.Count());
        foreach (var kind in ExactlyOne.Concat(AtLeastOne).Where(kind => !counts.ContainsKey(kind)))
            yield return new DocumentProblem(kind, "document-missing", $"The application lists no {kind}.");
        foreach (var kind in ExactlyOne.Where(kind => counts.GetValueOrDefault(kind) > 1))
            yield return new DocumentProblem(kind, "document-too-many", $"Exactly one {kind} is expected; {counts[kind]} are listed.");

        foreach (var diploma in set.Declared.Where(d => d.Kind == DocumentKind.DiplomaOrCertificate))
            if (legalisation.Check(diploma.Kind, diploma.IssuingCountry!, diploma.Certification!.Value) is { } problem)
                yield return problem;

        var clearances = set.Declared.Where(d => d.Kind == DocumentKind.PoliceClearance)
            .Select(d => new PoliceClearance(d.IssuingCountry!, d.IssuedOn!.Value, d.Certification!.Value)).ToList();
        foreach (var problem in PoliceClearanceRule.Check(set.Citizenships, clearances, set.FiledOn, legalisation))
            yield return problem;

        foreach (var problem in CvRule.Check(set.Cv, set.FiledOn.Year))
            yield return problem;

        if (set.Declared.FirstOrDefault(d => d.Kind == DocumentKind.CoverLetter) is { Language: { } language })
        {
            var problems = set.CoverLetterText is null
                ? [new DocumentProblem(DocumentKind.CoverLetter, "letter-unreadable", $"The cover letter's text cannot be read; upload it as a PDF with its text, not a scan.")]
                : CoverLetterRule.Check(language, set.CoverLetterText);
            foreach (var problem in problems)
                yield return problem;
        }
    }

    /// <summary>The programme's passport rule, shared with the application's own invariant.</summary>
    public static Reason? PassportValidityProblem(DateOnly passportExpiresOn, DateOnly filedOn) =>
        passportExpiresOn > filedOn.AddDays(MinimumPassportValidityDays)
            ? null
            : new Reason("passport-validity", $"The passport must be valid more than {MinimumPassportValidityDays} days after the filing date ({filedOn:yyyy-MM-dd}); it expires on {passportExpiresOn:yyyy-MM-dd}.");

    static IEnumerable<DocumentProblem> CheckFile(DeclaredDocument declared, IReadOnlyList<ApplicantDocument> uploaded)
    {
        var uploads = uploaded.Where(u => u.Sha256 == declared.Sha256).OrderByDescending(u => u.UploadedAt).ToList();
        if (uploads.Count == 0)
        {
            yield return new DocumentProblem(declared.Kind, "document-not-uploaded", $"No file with SHA-256 {Short(declared.Sha256)} was uploaded by this applicant.");
            yield break;
        }
        if (uploads.FirstOrDefault(u => u.Kind == declared.Kind) is not { } file)
        {
            yield return new DocumentProblem(declared.Kind, "document-kind-mismatch", $"The file {uploads[0].FileName} ({Short(declared.Sha256)}) was uploaded as {uploads[0].Kind}, not as {declared.Kind}.");
            yield break;
        }
        foreach (var finding in file.Findings())
            yield return new DocumentProblem(file.Kind, finding);
    }

    static string Short(string sha256) => sha256.Length > 12 ? sha256[..12] + "…" : sha256;
}
