using System.Text.Json;
using System.Text.Json.Serialization;

namespace NomadPlatform.Portal.Applications;

/// <summary>
/// The application manifest the applicant signs, in the Hub's wire form: who applies, the passport's
/// expiry, each uploaded document by its SHA-256 with what is declared about it, and the CV's facts.
/// The review page shows these very bytes, decoded, before the signer signs them.
/// </summary>
public sealed record ManifestDraft(string Iin, DateOnly PassportExpiresOn, IReadOnlyList<DeclaredDocument> Documents, CvFacts Cv)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static ManifestDraft? FromBytes(byte[] bytes)
    {
        try
        {
            return JsonSerializer.Deserialize<ManifestDraft>(bytes, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

public sealed record DeclaredDocument(string Kind, string Sha256, string? Title, string? IssuingCountry, string? Certification, DateOnly? IssuedOn, string? Language);

public sealed record CvFacts(IReadOnlyList<Education> HigherEducation, IReadOnlyList<Course> Courses, IReadOnlyList<Employment> Experience);

public sealed record Education(string Institution, string Degree, int GraduationYear);

public sealed record Course(string Title, int Year);

public sealed record Employment(string Company, string Position, int FromYear, int? ToYear);
