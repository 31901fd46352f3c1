namespace NomadPlatform.HubIntake.Domain.Documents;

/// <summary>The CV must name higher education, courses, and work experience with companies and possible years.</summary>
public static class CvRule
{
    public static IEnumerable<DocumentProblem> Check(CurriculumVitae cv, int currentYear)
    {
        if (cv.HigherEducation.Count == 0)
            yield return new DocumentProblem(DocumentKind.Cv, "cv-education-missing", $"The CV names no higher education.");
        if (cv.Courses.Count == 0)
            yield return new DocumentProblem(DocumentKind.Cv, "cv-courses-missing", $"The CV names no courses.");
        if (cv.Experience.Count == 0)
            yield return new DocumentProblem(DocumentKind.Cv, "cv-experience-missing", $"The CV names no work experience.");
        foreach (var job in cv.Experience)
        {
            if (string.IsNullOrWhiteSpace(job.Company))
                yield return new DocumentProblem(DocumentKind.Cv, "cv-company-missing", $"A position ({job.Position}) names no company.");
            if (job.FromYear > currentYear || job.ToYear < job.FromYear || job.ToYear > currentYear)
                yield return new DocumentProblem(DocumentKind.Cv, "cv-years-invalid", $"The years at {job.Company} ({job.FromYear}–{job.ToYear}) are not possible.");
        }
    }
}
