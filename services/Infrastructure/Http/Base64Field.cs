namespace NomadPlatform.Infrastructure.Http;

/// <summary>A required base64 field of a request body, decoded, or the reason it cannot be, keyed by the field's name.</summary>
public static class Base64Field
{
    public static byte[]? Read(string? text, string field, int maxBytes, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text)) { errors[field] = ["Required (base64)."]; return null; }
        if (text.Length > (maxBytes + 2) / 3 * 4) { errors[field] = [$"At most {maxBytes} bytes."]; return null; }
        var bytes = new byte[text.Length * 3 / 4 + 3];
        if (!Convert.TryFromBase64String(text, bytes, out var written)) { errors[field] = ["Not base64."]; return null; }
        return bytes[..written];
    }
}
