namespace NomadPlatform.HubIntake.Features.SubmitApplication;

/// <summary>A submission as it arrived: the manifest bytes and the signature over them.</summary>
public sealed record SignedSubmission(ApplicationManifest Manifest, byte[] ManifestBytes, byte[] Signature)
{
    public static SignedSubmission? TryRead(SubmitApplicationRequest request, Dictionary<string, string[]> errors)
    {
        var manifestBytes = Base64(request.Manifest, "manifest", ApplicationManifest.MaxBytes, errors);
        var signature = Base64(request.Signature, "signature", 1024 * 1024, errors);
        if (manifestBytes is null || signature is null) return null;
        return ApplicationManifest.TryRead(manifestBytes, errors) is { } manifest ? new SignedSubmission(manifest, manifestBytes, signature) : null;
    }

    static byte[]? Base64(string? text, string field, int maxBytes, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text)) { errors[field] = ["Required (base64)."]; return null; }
        if (text.Length > (maxBytes + 2) / 3 * 4) { errors[field] = [$"At most {maxBytes} bytes."]; return null; }
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            errors[field] = ["Not base64."];
            return null;
        }
    }
}
