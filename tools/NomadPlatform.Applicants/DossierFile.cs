using System.Security.Cryptography;

namespace NomadPlatform.Applicants;

/// <summary>One file of an application with what the applicant declares about it in the manifest.</summary>
public sealed record DossierFile(
    string Kind,
    string FileName,
    string ContentType,
    byte[] Bytes,
    string? Title = null,
    string? IssuingCountry = null,
    string? Certification = null,
    DateOnly? IssuedOn = null,
    string? Language = null)
{
    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Bytes));

    /// <summary>The manifest's entry for this file.</summary>
    public Dictionary<string, object> ManifestEntry()
    {
        var entry = new Dictionary<string, object> { ["kind"] = Kind, ["sha256"] = Sha256 };
        if (Title is not null) entry["title"] = Title;
        if (IssuingCountry is not null) entry["issuingCountry"] = IssuingCountry;
        if (Certification is not null) entry["certification"] = Certification;
        if (IssuedOn is { } issuedOn) entry["issuedOn"] = issuedOn.ToString("yyyy-MM-dd");
        if (Language is not null) entry["language"] = Language;
        return entry;
    }
}
