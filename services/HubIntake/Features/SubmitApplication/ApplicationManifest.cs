using System.Text.Json;
using NomadPlatform.HubIntake.Domain.Documents;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.HubIntake.Features.SubmitApplication;

/// <summary>
/// What the applicant signs: who applies, the passport's expiry, every uploaded document by its
/// SHA-256 with what is declared about it, and the CV's facts (the form).
/// </summary>
public sealed record ApplicationManifest(Iin Iin, DateOnly PassportExpiresOn, IReadOnlyList<DeclaredDocument> Documents, CurriculumVitae Cv)
{
    public const int MaxBytes = 64 * 1024;
    public const int MaxDocuments = 50;

    /// <summary>Entries in each of the CV's lists (higher education, courses, experience).</summary>
    public const int MaxCvEntries = 50;
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    sealed record Wire(string? Iin, DateOnly? PassportExpiresOn, List<WireDocument?>? Documents, WireCv? Cv);

    sealed record WireDocument(string? Kind, string? Sha256, string? Title, string? IssuingCountry, string? Certification, DateOnly? IssuedOn, string? Language);

    sealed record WireCv(List<Education>? HigherEducation, List<Course>? Courses, List<Employment>? Experience);

    /// <summary>Reads the signed bytes; field → reasons when they are not a manifest.</summary>
    public static ApplicationManifest? TryRead(byte[] bytes, Dictionary<string, string[]> errors)
    {
        Wire? wire;
        try
        {
            wire = JsonSerializer.Deserialize<Wire>(bytes, Json);
        }
        catch (JsonException exception)
        {
            errors["manifest"] = [$"Not a JSON manifest: {exception.Message.Split('\n')[0]}"];
            return null;
        }
        if (!Iin.TryParse(wire?.Iin, out var iin, out var reason)) errors["manifest.iin"] = [reason];
        if (wire?.PassportExpiresOn is null) errors["manifest.passportExpiresOn"] = ["The passport's expiry date is required."];
        if (wire?.Cv is null) errors["manifest.cv"] = ["The CV's facts (higherEducation, courses, experience) are required."];
        else CheckCvLengths(wire.Cv, errors);
        var documents = ReadDocuments(wire?.Documents, errors);
        return errors.Count == 0
            ? new ApplicationManifest(iin, wire!.PassportExpiresOn!.Value, documents,
                new CurriculumVitae(wire.Cv!.HigherEducation ?? [], wire.Cv.Courses ?? [], wire.Cv.Experience ?? []))
            : null;
    }

    static void CheckCvLengths(WireCv cv, Dictionary<string, string[]> errors)
    {
        foreach (var (field, count) in new[] { ("higherEducation", cv.HigherEducation?.Count), ("courses", cv.Courses?.Count), ("experience", cv.Experience?.Count) })
            if (count > MaxCvEntries) errors[$"manifest.cv.{field}"] = [$"At most {MaxCvEntries} entries."];
    }

    static List<DeclaredDocument> ReadDocuments(List<WireDocument?>? wire, Dictionary<string, string[]> errors)
    {
        var documents = new List<DeclaredDocument>();
        if (wire is null || wire.Count == 0)
        {
            errors["manifest.documents"] = ["List every uploaded document: kind and sha256."];
            return documents;
        }
        if (wire.Count > MaxDocuments)
        {
            errors["manifest.documents"] = [$"At most {MaxDocuments} documents."];
            return documents;
        }
        for (var i = 0; i < wire.Count; i++)
        {
            var field = $"manifest.documents[{i}]";
            if (wire[i] is not { } entry) { errors[field] = ["A document entry is required here."]; continue; }
            if (!TryEnum<DocumentKind>(entry.Kind, out var kind)) { errors[$"{field}.kind"] = [$"One of: {string.Join(", ", Enum.GetNames<DocumentKind>())}."]; continue; }
            if (entry.Sha256 is not { Length: 64 } sha256 || !sha256.All(char.IsAsciiHexDigit))
                errors[$"{field}.sha256"] = ["The SHA-256 of the uploaded file: 64 hexadecimal characters."];

            Certification? certification = null;
            if (kind is DocumentKind.DiplomaOrCertificate or DocumentKind.PoliceClearance)
            {
                if (entry.IssuingCountry is not { Length: 2 } country || !country.All(char.IsAsciiLetterUpper))
                    errors[$"{field}.issuingCountry"] = ["The issuing country as an ISO 3166-1 alpha-2 code, e.g. DE."];
                if (TryEnum<Certification>(entry.Certification, out var declared)) certification = declared;
                else errors[$"{field}.certification"] = [$"One of: {string.Join(", ", Enum.GetNames<Certification>())}."];
            }
            if (kind == DocumentKind.PoliceClearance && entry.IssuedOn is null)
                errors[$"{field}.issuedOn"] = ["The date the clearance was issued."];
            LetterLanguage? language = null;
            if (kind == DocumentKind.CoverLetter)
            {
                if (TryEnum<LetterLanguage>(entry.Language, out var declared)) language = declared;
                else errors[$"{field}.language"] = [$"One of: {string.Join(", ", Enum.GetNames<LetterLanguage>())}."];
            }
            if (entry.Title is { Length: > 200 }) errors[$"{field}.title"] = ["At most 200 characters."];

            documents.Add(new DeclaredDocument(kind, entry.Sha256?.ToLowerInvariant() ?? "", entry.Title, entry.IssuingCountry, certification, entry.IssuedOn, language));
        }
        return documents;
    }

    static bool TryEnum<T>(string? text, out T value) where T : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && !int.TryParse(text, out _);
}
