using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using NomadPlatform.Feed.Domain;
using NomadPlatform.Feed.Features.Contract;

namespace NomadPlatform.UnitTests.Feed;

/// <summary>The feed's AsyncAPI document, made from the contract types, checked against AsyncAPI's own JSON Schema for 3.0.0.</summary>
public sealed class AsyncApiDocumentTests
{
    static readonly EventCatalogue Catalogue = EventCatalogue.FromContracts();
    static readonly JsonSchema AsyncApi = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Feed", "asyncapi-3.0.0.schema.json")));

    static JsonObject Document() => AsyncApiDocument.Of(Catalogue, new Uri("https://feed.nomad.example/"), new Uri("https://identity.nomad.example/"));

    static EvaluationResults Evaluate(JsonNode document) =>
        AsyncApi.Evaluate(JsonSerializer.SerializeToElement(document), new EvaluationOptions { OutputFormat = OutputFormat.List });

    [Fact]
    public void The_document_is_valid_asyncapi_3_with_a_channel_and_a_receive_operation_per_event_type()
    {
        var document = Document();

        var result = Evaluate(document);

        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10)));
        Assert.Equal(Catalogue.All.Count, document["channels"]!.AsObject().Count);
        Assert.All(document["operations"]!.AsObject(), o => Assert.Equal("receive", o.Value!["action"]!.GetValue<string>()));
        Assert.Equal("kz.nomad.psc-issuance.residence-permit-issued.v1",
            document["components"]!["messages"]!["kz.nomad.psc-issuance.residence-permit-issued.v1"]!["payload"]!["properties"]!["type"]!["const"]!.GetValue<string>());
    }

    [Fact]
    public void The_check_refuses_a_document_that_is_not_asyncapi()
    {
        var document = Document();
        document["info"]!.AsObject().Remove("version");
        document["operations"]!.AsObject().First().Value!["action"] = "listen";

        Assert.False(Evaluate(document).IsValid);
    }
}
