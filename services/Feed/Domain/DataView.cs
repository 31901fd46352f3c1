using System.Text.Json.Nodes;

namespace NomadPlatform.Feed.Domain;

/// <summary>What one partner sees of an event's data: only the granted fields; any other is absent, not blanked.</summary>
public static class DataView
{
    public static JsonObject Of(string data, IReadOnlySet<string> fields)
    {
        var source = JsonNode.Parse(data)!.AsObject();
        var view = new JsonObject();
        foreach (var (name, value) in source)
            if (fields.Contains(name)) view[name] = value?.DeepClone();
        return view;
    }
}
