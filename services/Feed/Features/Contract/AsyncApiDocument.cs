using System.Text.Json.Nodes;
using NomadPlatform.Feed.Domain;

namespace NomadPlatform.Feed.Features.Contract;

/// <summary>
/// The feed's AsyncAPI 3.0 document, made from the event catalogue (so from the contract types): one
/// channel and one receive operation per event type, each message a CloudEvent whose data is that
/// type's schema, and how a partner's system signs in.
/// </summary>
public static class AsyncApiDocument
{
    public static JsonObject Of(EventCatalogue catalogue, Uri feed, Uri identity)
    {
        var channels = new JsonObject();
        var operations = new JsonObject();
        var messages = new JsonObject();
        var schemas = new JsonObject();
        foreach (var type in catalogue.All)
        {
            var key = type.Name;
            schemas[key] = EventSchemas.DataOf(type);
            messages[key] = new JsonObject
            {
                ["name"] = key,
                ["title"] = type.ContractType.Name,
                ["summary"] = $"{type.ContractType.Name}, published by {type.Agency}, version {type.Version}.",
                ["contentType"] = "application/cloudevents+json",
                ["payload"] = Envelope(type, key),
            };
            channels[key] = new JsonObject
            {
                ["address"] = $"/feed?types={key}",
                ["title"] = type.ContractType.Name,
                ["messages"] = new JsonObject { [key] = Ref($"#/components/messages/{key}") },
            };
            operations[$"receive.{key}"] = new JsonObject
            {
                ["action"] = "receive",
                ["channel"] = Ref($"#/channels/{key}"),
                ["messages"] = new JsonArray(Ref($"#/channels/{key}/messages/{key}")),
            };
        }

        return new JsonObject
        {
            ["asyncapi"] = "3.0.0",
            ["info"] = new JsonObject
            {
                ["title"] = "NomadPlatform case events",
                ["version"] = "1.0.0",
                ["description"] = "Public case events of Kazakhstan's Digital Nomad Residency, served to registered partners as signed CloudEvents 1.0 " +
                    "(GET /feed with replay and long polling). Each event carries only the fields the partner was granted; each is signed " +
                    "(detached CMS) by the feed operator's seal from the national CA.",
            },
            ["servers"] = new JsonObject
            {
                ["feed"] = new JsonObject
                {
                    ["host"] = feed.Authority,
                    ["protocol"] = feed.Scheme,
                    ["pathname"] = "/feed",
                    ["security"] = new JsonArray(Ref("#/components/securitySchemes/systemCertificate")),
                },
            },
            ["defaultContentType"] = "application/cloudevents+json",
            ["channels"] = channels,
            ["operations"] = operations,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas,
                ["messages"] = messages,
                ["securitySchemes"] = new JsonObject
                {
                    ["systemCertificate"] = new JsonObject
                    {
                        ["type"] = "oauth2",
                        ["description"] = "The partner's system, enrolled with the national CA, asks Identity for a token with client credentials (private_key_jwt signed by its system certificate's key).",
                        ["flows"] = new JsonObject
                        {
                            ["clientCredentials"] = new JsonObject
                            {
                                ["tokenUrl"] = new Uri(identity, "connect/token").ToString(),
                                ["availableScopes"] = new JsonObject { ["agency:feed"] = "Read the events the partner was granted." },
                            },
                        },
                        ["scopes"] = new JsonArray("agency:feed"),
                    },
                },
            },
        };
    }

    static JsonObject Envelope(CaseEventType type, string key) => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray("specversion", "id", "source", "type", "subject", "time", "dataschema", "data"),
        ["properties"] = new JsonObject
        {
            ["specversion"] = new JsonObject { ["const"] = "1.0" },
            ["id"] = new JsonObject { ["type"] = "string", ["description"] = "The agency's message id: a partner's deduplication key." },
            ["source"] = new JsonObject { ["type"] = "string", ["description"] = "kz.gov/agency/<BIN>/<service> of the publishing agency." },
            ["type"] = new JsonObject { ["const"] = type.Name },
            ["subject"] = new JsonObject { ["type"] = "string", ["format"] = "uuid", ["description"] = "The case id." },
            ["time"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
            ["dataschema"] = new JsonObject { ["type"] = "string", ["format"] = "uri" },
            ["datacontenttype"] = new JsonObject { ["const"] = "application/json" },
            ["data"] = Ref($"#/components/schemas/{key}"),
        },
    };

    static JsonObject Ref(string pointer) => new() { ["$ref"] = pointer };
}
