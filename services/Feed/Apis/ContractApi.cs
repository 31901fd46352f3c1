using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NomadPlatform.Feed.Domain;
using NomadPlatform.Feed.Features.Contract;
using NomadPlatform.Feed.Features.Read;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Feed.Apis;

/// <summary>The public contract: which event types exist, their fields, and a JSON Schema per version. Open to anyone.</summary>
public static class ContractApi
{
    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public sealed record EventTypeView(string Type, string Agency, int Version, Uri DataSchema, IReadOnlyList<EventField> Fields);

    public static IEndpointRouteBuilder MapContractApi(this IEndpointRouteBuilder app)
    {
        var contract = app.MapGroup("/feed").WithTags("Partner feed contract").AllowAnonymous();
        contract.MapGet("/types", Types);
        contract.MapGet("/schemas/{type}.json", Schema);
        contract.MapGet("/asyncapi.json", AsyncApi);
        return app;
    }

    static Ok<List<EventTypeView>> Types(EventCatalogue catalogue, HttpContext http, IOptions<FeedOptions> options)
    {
        var schemaBase = options.Value.PublicUrlFor(http.Request);
        return TypedResults.Ok(catalogue.All.Select(t => new EventTypeView(t.Name, t.Agency, t.Version, ServedEvent.SchemaOf(schemaBase, t.Name), t.Fields)).ToList());
    }

    /// <summary>The JSON Schema (2020-12) of a type's data, at the event's <c>dataschema</c>.</summary>
    static ContentHttpResult Schema(string type, EventCatalogue catalogue)
    {
        var eventType = catalogue.Find(type) ?? throw new CaseNotFound("feed.event-type-unknown", $"No event type '{type}'; GET /feed/types lists them.");
        return TypedResults.Content(EventSchemas.DocumentOf(eventType).ToJsonString(Indented), "application/schema+json");
    }

    /// <summary>The feed's AsyncAPI 3.0 document, made from the contract types.</summary>
    static ContentHttpResult AsyncApi(EventCatalogue catalogue, HttpContext http, IOptions<FeedOptions> options, IConfiguration configuration)
    {
        var feed = options.Value.PublicUrlFor(http.Request);
        var identity = new Uri(configuration["Identity:Authority"]!.TrimEnd('/') + "/");
        return TypedResults.Content(AsyncApiDocument.Of(catalogue, feed, identity).ToJsonString(Indented), "application/json");
    }
}
