using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace NomadPlatform.Portal.Applications;

public interface ICvRow
{
    bool IsBlank { get; }

    /// <summary>The first field a begun row still needs, or null when it is complete.</summary>
    string? MissingField();
}

public sealed class DeclarationInput
{
    public string Kind { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public string FileName { get; set; } = "";
    public string? Title { get; set; }
    public string? IssuingCountry { get; set; }
    public string? Certification { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public string? Language { get; set; }

    public bool IsLegalised => ApplicationForm.Legalised.Contains(Kind);

    public void Check(string prefix, ModelStateDictionary errors)
    {
        if (IsLegalised && (IssuingCountry?.Trim() is not { Length: 2 } country || !country.All(char.IsAsciiLetter)))
            errors.AddModelError($"{prefix}.IssuingCountry", "Form.CountryCode");
        if (IsLegalised && string.IsNullOrEmpty(Certification)) errors.AddModelError($"{prefix}.Certification", "Form.Required");
        if (Kind == "PoliceClearance" && IssuedOn is null) errors.AddModelError($"{prefix}.IssuedOn", "Form.Required");
        if (Kind == "CoverLetter" && string.IsNullOrEmpty(Language)) errors.AddModelError($"{prefix}.Language", "Form.Required");
    }

    public DeclaredDocument ToDeclared() => new(Kind, Sha256, string.IsNullOrWhiteSpace(Title) ? null : Title.Trim(),
        IsLegalised ? IssuingCountry?.Trim().ToUpperInvariant() : null, IsLegalised ? Certification : null,
        Kind == "PoliceClearance" ? IssuedOn : null, Kind == "CoverLetter" ? Language : null);
}

public sealed class EducationInput : ICvRow
{
    public string? Institution { get; set; }
    public string? Degree { get; set; }
    public int? GraduationYear { get; set; }
    public bool IsBlank => string.IsNullOrWhiteSpace(Institution) && string.IsNullOrWhiteSpace(Degree) && GraduationYear is null;
    public string? MissingField() =>
        string.IsNullOrWhiteSpace(Institution) ? nameof(Institution) : string.IsNullOrWhiteSpace(Degree) ? nameof(Degree) : GraduationYear is null ? nameof(GraduationYear) : null;
    public Education ToFact() => new(Institution!.Trim(), Degree!.Trim(), GraduationYear!.Value);
}

public sealed class CourseInput : ICvRow
{
    public string? Title { get; set; }
    public int? Year { get; set; }
    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && Year is null;
    public string? MissingField() => string.IsNullOrWhiteSpace(Title) ? nameof(Title) : Year is null ? nameof(Year) : null;
    public Course ToFact() => new(Title!.Trim(), Year!.Value);
}

public sealed class EmploymentInput : ICvRow
{
    public string? Company { get; set; }
    public string? Position { get; set; }
    public int? FromYear { get; set; }
    public int? ToYear { get; set; }
    public bool IsBlank => string.IsNullOrWhiteSpace(Company) && string.IsNullOrWhiteSpace(Position) && FromYear is null && ToYear is null;
    public string? MissingField() =>
        string.IsNullOrWhiteSpace(Company) ? nameof(Company) : string.IsNullOrWhiteSpace(Position) ? nameof(Position) : FromYear is null ? nameof(FromYear) : null;
    public Employment ToFact() => new(Company!.Trim(), Position!.Trim(), FromYear!.Value, ToYear);
}
