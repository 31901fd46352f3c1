using System.Text.Json.Nodes;

namespace NomadPlatform.Feed.Features.Contract;

/// <summary>
/// Whether a type version's data schema can replace the one published before (its snapshot): fields may
/// only be added. A field removed, or its schema changed, breaks every partner of that version, so such
/// a change is a new version (a <c>…V2</c> record published beside the old one).
/// </summary>
public static class ContractCompatibility
{
    public sealed record Verdict(IReadOnlyList<string> Breaking, IReadOnlyList<string> Added)
    {
        public bool Unchanged => Breaking.Count == 0 && Added.Count == 0;
    }

    public static Verdict Compare(JsonObject published, JsonObject current)
    {
        var before = Properties(published);
        var now = Properties(current);
        var breaking = new List<string>();
        foreach (var (name, schema) in before)
        {
            if (!now.TryGetPropertyValue(name, out var currentSchema)) breaking.Add($"'{name}' was removed");
            else if (!JsonNode.DeepEquals(schema, currentSchema)) breaking.Add($"'{name}' changed from {schema?.ToJsonString()} to {currentSchema?.ToJsonString()}");
        }
        var added = now.Select(p => p.Key).Where(name => !before.ContainsKey(name)).Select(name => $"'{name}' was added").ToList();
        return new Verdict(breaking, added);
    }

    static JsonObject Properties(JsonObject schema) => schema["properties"] as JsonObject ?? [];
}
