using System.Net;
using System.Text.Json;

namespace NomadPlatform.Portal.Agencies;

/// <summary>An agency's RFC 9457 answer to a refused request: what a page shows beside the field or at the top.</summary>
public sealed record AgencyProblem(int Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    public static async Task<AgencyProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        JsonElement body = default;
        try
        {
            body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        }
        catch (JsonException)
        {
        }
        var errors = new Dictionary<string, string[]>();
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
            foreach (var field in fields.EnumerateObject())
                errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array ? field.Value.EnumerateArray().Select(e => e.GetString() ?? "").ToArray() : [];
        // A case's failed checks (422): each with its subject (a document kind, a field) and reason.
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("failures", out var failures) && failures.ValueKind == JsonValueKind.Array)
            foreach (var failure in failures.EnumerateArray())
                if (Text(failure, "subject") is { } subject && Text(failure, "reason") is { } reason)
                    errors[subject] = [.. errors.GetValueOrDefault(subject) ?? [], reason];
        return new AgencyProblem((int)response.StatusCode, Text(body, "title") ?? response.ReasonPhrase ?? "", Text(body, "detail"), errors);
    }

    static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>What an agency answered: the value, or its problem.</summary>
public sealed record AgencyAnswer<T>(T? Value, AgencyProblem? Problem)
{
    public bool IsNotFound => Problem?.Status == (int)HttpStatusCode.NotFound;
}
