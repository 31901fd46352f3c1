namespace NomadPlatform.HubIntake.Domain.Documents;

/// <summary>The CV as the applicant states it: higher education, courses, and work experience with companies and years.</summary>
public sealed record CurriculumVitae(IReadOnlyList<Education> HigherEducation, IReadOnlyList<Course> Courses, IReadOnlyList<Employment> Experience);
