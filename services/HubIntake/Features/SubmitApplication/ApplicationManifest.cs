using System.Text.Json;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.HubIntake.Features.SubmitApplication;

/// <summary>What the applicant signs: who applies and the facts the Hub checks first.</summary>
public sealed record ApplicationManifest(Iin Iin, DateOnly PassportExpiresOn)
{
    public const int MaxBytes = 64 * 1024;
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    sealed record Wire(string? Iin, DateOnly? PassportExpiresOn);

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
        return errors.Count == 0 ? new ApplicationManifest(iin, wire!.PassportExpiresOn!.Value) : null;
    }
}
