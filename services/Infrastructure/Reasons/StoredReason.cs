using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Infrastructure.Reasons;

/// <summary>
/// A reason kept in a database column (a document's findings, say) as JSON with its code, English
/// template and typed values, so it is written out later in each reader's language. A value of another
/// type is kept as its invariant text.
/// </summary>
public static class StoredReason
{
    public static string Write(Reason reason) => new JsonObject
    {
        ["code"] = reason.Code,
        ["template"] = reason.Template,
        ["values"] = new JsonArray([.. reason.Values.Select(Value)]),
    }.ToJsonString();

    /// <summary>The reason back; a finding stored before reasons had codes ("code: text") keeps its English text.</summary>
    public static Reason Read(string stored)
    {
        if (!stored.StartsWith('{'))
        {
            var colon = stored.IndexOf(": ", StringComparison.Ordinal);
            var (code, text) = colon > 0 ? (stored[..colon], stored[(colon + 2)..]) : ("document-check", stored);
            return new Reason(code, text.Replace("{", "{{").Replace("}", "}}"), []);
        }
        var json = JsonNode.Parse(stored)!.AsObject();
        var values = json["values"]!.AsArray().Select(ValueOf).ToList();
        return new Reason(json["code"]!.GetValue<string>(), json["template"]!.GetValue<string>(), values);
    }

    static JsonNode? Value(object? value) => value switch
    {
        null => null,
        DateOnly date => new JsonObject { ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
        DateTimeOffset moment => new JsonObject { ["moment"] = moment.ToString("O", CultureInfo.InvariantCulture) },
        Enum named => new JsonObject { ["enum"] = named.GetType().Name, ["name"] = named.ToString() },
        byte or short or int or long or float or double or decimal => new JsonObject { ["number"] = Convert.ToDecimal(value, CultureInfo.InvariantCulture) },
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    static object? ValueOf(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o when o["date"] is { } date => DateOnly.ParseExact(date.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        JsonObject o when o["moment"] is { } moment => DateTimeOffset.ParseExact(moment.GetValue<string>(), "O", CultureInfo.InvariantCulture),
        JsonObject o when o["enum"] is { } type => new StoredEnum(type.GetValue<string>(), o["name"]!.GetValue<string>()),
        JsonObject o when o["number"] is { } number => number.GetValue<decimal>(),
        _ => node.GetValue<string>(),
    };
}

/// <summary>An enum value read back from storage: its words are looked up as <c>{Type}.{Name}</c>, like a live enum's.</summary>
public sealed record StoredEnum(string Type, string Name)
{
    public override string ToString() => Name;
}
