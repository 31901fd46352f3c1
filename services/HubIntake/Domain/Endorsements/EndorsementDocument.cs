using System.Text.Json;

namespace NomadPlatform.HubIntake.Domain.Endorsements;

/// <summary>
/// The "Astana Hub application": what the Hub certifies about an applicant, as the JSON the Hub's
/// seal signs (attached CMS). Phase 2 reads it from the signed bytes, not from anyone's say-so.
/// </summary>
public sealed record EndorsementDocument(
    string Number,
    Guid CaseId,
    string Iin,
    string ApplicantName,
    DateOnly PassportExpiresOn,
    DateTimeOffset InterviewedAt,
    DateTimeOffset IssuedAt,
    string IssuerBin,
    string Issuer)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static EndorsementDocument? Read(byte[] bytes)
    {
        try
        {
            return JsonSerializer.Deserialize<EndorsementDocument>(bytes, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
