using Microsoft.AspNetCore.Mvc.ModelBinding;
using NomadPlatform.Portal.Agencies;

namespace NomadPlatform.Portal.Applications;

/// <summary>The application form: the passport's expiry, what is declared about each uploaded document, the CV's facts.</summary>
public sealed class ApplicationForm
{
    public DateOnly? PassportExpiresOn { get; set; }
    public List<DeclarationInput> Documents { get; set; } = [];
    public List<EducationInput> Education { get; set; } = [];
    public List<CourseInput> Courses { get; set; } = [];
    public List<EmploymentInput> Experience { get; set; } = [];

    /// <summary>Kinds whose documents declare where they come from and how they are made valid in Kazakhstan.</summary>
    public static readonly string[] Legalised = ["DiplomaOrCertificate", "PoliceClearance"];

    public static ApplicationForm For(IEnumerable<UploadedDocument> clean) => new ApplicationForm
    {
        Documents = clean.Select(d => new DeclarationInput { Kind = d.Kind, Sha256 = d.Sha256, FileName = d.FileName }).ToList(),
    }.WithRows(2);

    /// <summary>
    /// The form again for a case whose documents came back: the passport and CV as last signed, and for
    /// each kind the files uploaded since in place of those signed before (a signed file stays with its
    /// application, so the Hub keeps both); a kind with no new upload keeps its signed files and their declarations.
    /// </summary>
    public static ApplicationForm Correcting(ManifestDraft signed, IEnumerable<UploadedDocument> clean)
    {
        var signedFiles = signed.Documents.Select(d => d.Sha256).ToHashSet();
        var current = clean.GroupBy(d => d.Kind).SelectMany(kind =>
            kind.Any(d => !signedFiles.Contains(d.Sha256)) ? kind.Where(d => !signedFiles.Contains(d.Sha256)) : kind);
        return new ApplicationForm
        {
            PassportExpiresOn = signed.PassportExpiresOn,
            Documents = current.Select(d => signed.Documents.FirstOrDefault(s => s.Sha256 == d.Sha256) is { } before
                ? new DeclarationInput
                {
                    Kind = d.Kind, Sha256 = d.Sha256, FileName = d.FileName, Title = before.Title, IssuingCountry = before.IssuingCountry,
                    Certification = before.Certification, IssuedOn = before.IssuedOn, Language = before.Language,
                }
                : new DeclarationInput { Kind = d.Kind, Sha256 = d.Sha256, FileName = d.FileName }).ToList(),
            Education = signed.Cv.HigherEducation.Select(e => new EducationInput { Institution = e.Institution, Degree = e.Degree, GraduationYear = e.GraduationYear }).ToList(),
            Courses = signed.Cv.Courses.Select(c => new CourseInput { Title = c.Title, Year = c.Year }).ToList(),
            Experience = signed.Cv.Experience.Select(e => new EmploymentInput { Company = e.Company, Position = e.Position, FromYear = e.FromYear, ToYear = e.ToYear }).ToList(),
        }.WithRows(1);
    }

    /// <summary>Empty rows to fill, so each list has at least <paramref name="spare"/> more than it holds now.</summary>
    public ApplicationForm WithRows(int spare)
    {
        while (Education.Count(e => e.IsBlank) < spare) Education.Add(new EducationInput());
        while (Courses.Count(c => c.IsBlank) < spare) Courses.Add(new CourseInput());
        while (Experience.Count(e => e.IsBlank) < spare) Experience.Add(new EmploymentInput());
        return this;
    }

    /// <summary>The manifest, or the fields to correct (keys as the form names them; values are text keys).</summary>
    public ManifestDraft? ToManifest(string iin, ModelStateDictionary errors)
    {
        if (PassportExpiresOn is null) errors.AddModelError("Form.PassportExpiresOn", "Form.Required");
        for (var i = 0; i < Documents.Count; i++) Documents[i].Check($"Form.Documents[{i}]", errors);
        var education = Education.Where(e => !e.IsBlank).ToList();
        var courses = Courses.Where(c => !c.IsBlank).ToList();
        var experience = Experience.Where(e => !e.IsBlank).ToList();
        // The Hub's CV rule asks for each of the three; saying so here spares a refused signature.
        if (education.Count == 0) errors.AddModelError("Form.Education[0].Institution", "Form.AtLeastOne");
        if (courses.Count == 0) errors.AddModelError("Form.Courses[0].Title", "Form.AtLeastOne");
        if (experience.Count == 0) errors.AddModelError("Form.Experience[0].Company", "Form.AtLeastOne");
        CheckRows(Education, "Education", errors);
        CheckRows(Courses, "Courses", errors);
        CheckRows(Experience, "Experience", errors);
        if (!errors.IsValid) return null;
        return new ManifestDraft(iin, PassportExpiresOn!.Value, Documents.Select(d => d.ToDeclared()).ToList(),
            new CvFacts(education.Select(e => e.ToFact()).ToList(), courses.Select(c => c.ToFact()).ToList(), experience.Select(e => e.ToFact()).ToList()));
    }

    static void CheckRows<T>(List<T> rows, string list, ModelStateDictionary errors) where T : ICvRow
    {
        for (var i = 0; i < rows.Count; i++)
            if (!rows[i].IsBlank && rows[i].MissingField() is { } field)
                errors.AddModelError($"Form.{list}[{i}].{field}", "Form.RowIncomplete");
    }
}
