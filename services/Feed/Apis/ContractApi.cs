using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NomadPlatform.Feed.Domain;
using NomadPlatform.Feed.Features.Read;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Feed.Apis;

/// <summary>The public contract: which event types exist, their fields, and a JSON Schema per version. Open to anyone.</summary>
public static class ContractApi
{
    public sealed record EventTypeView(string Type, string Agency, int Version, Uri DataSchema, IReadOnlyList<EventField> Fields);

    public static IEndpointRouteBuilder MapContractApi(this IEndpointRouteBuilder app)
    {
        var contract = app.MapGroup("/feed").WithTags("Partner feed contract").AllowAnonymous();
        contract.MapGet("/types", Types);
        contract.MapGet("/schemas/{type}.json", Schema);
        return app;
    }

    static Ok<List<EventTypeView>> Types(EventCatalogue catalogue, HttpContext http, IOptions<FeedOptions> options)
    {
        var schemaBase = options.Value.PublicUrl ?? new Uri($"{http.Request.Scheme}://{http.Request.Host}/");
        return TypedResults.Ok(catalogue.All.Select(t => new EventTypeView(t.Name, t.Agency, t.Version, ServedEvent.SchemaOf(schemaBase, t.Name), t.Fields)).ToList());
    }

    /// <summary>
    /// The JSON Schema (2020-12) of a type's data, made from its contract type. No field is required:
    /// a partner is served only the fields its grant names.
    /// </summary>
    static ContentHttpResult Schema(string type, EventCatalogue catalogue)
    {
        var eventType = catalogue.Find(type) ?? throw new CaseNotFound($"No event type '{type}'; GET /feed/types lists them.");
        return TypedResults.Content(SchemaOf(eventType).ToJsonString(new JsonSerializerOptions { WriteIndented = true }), "application/schema+json");
    }

    public static JsonObject SchemaOf(CaseEventType type)
    {
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(JsonSerializerOptions.Web, type.ContractType).AsObject();
        schema.Remove("required");
        var described = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"urn:kz:nomad:schema:{type.Name}",
            ["title"] = type.Name,
        };
        foreach (var (name, value) in schema) described[name] = value?.DeepClone();
        return described;
    }
}
