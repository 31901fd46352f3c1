using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using NomadPlatform.Feed.Domain;

namespace NomadPlatform.Feed.Features.Contract;

/// <summary>
/// The JSON Schema of an event type's data, made from its contract type (never kept by hand). No field
/// is required: a partner is served only the fields its grant names.
/// </summary>
public static class EventSchemas
{
    /// <summary>The schema alone, as AsyncAPI's messages embed it.</summary>
    public static JsonObject DataOf(CaseEventType type)
    {
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(JsonSerializerOptions.Web, type.ContractType).AsObject();
        schema.Remove("required");
        schema["type"] = "object"; // an event always has its data; the exporter allows null for any reference type
        var described = new JsonObject { ["title"] = type.Name };
        foreach (var (name, value) in schema) described[name] = value?.DeepClone();
        return described;
    }

    /// <summary>The schema as its own document (JSON Schema 2020-12), at the event's <c>dataschema</c>.</summary>
    public static JsonObject DocumentOf(CaseEventType type)
    {
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"urn:kz:nomad:schema:{type.Name}",
        };
        foreach (var (name, value) in DataOf(type)) document[name] = value?.DeepClone();
        return document;
    }
}
