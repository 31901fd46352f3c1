using System.Text.Json.Nodes;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using NomadPlatform.Feed.Domain;

namespace NomadPlatform.Feed.Features.Read;

/// <summary>
/// An entry as one partner receives it: a CloudEvents 1.0 event in structured JSON, its data cut to
/// the partner's view, and these exact bytes are what the feed signs.
/// </summary>
public static class ServedEvent
{
    static readonly JsonEventFormatter Formatter = new();

    /// <summary><c>kz.gov/agency/&lt;BIN&gt;/&lt;service&gt;</c>: the publishing agency, by its BIN.</summary>
    public static Uri SourceOf(string agencyBin, string agency) => new($"kz.gov/agency/{agencyBin}/{agency}", UriKind.Relative);

    public static byte[] Encode(FeedEntry entry, IReadOnlySet<string> fields, string agencyBin, Uri schemaBase)
    {
        var cloudEvent = new CloudEvent(CloudEventsSpecVersion.V1_0)
        {
            Id = entry.EventId.ToString(),
            Source = SourceOf(agencyBin, entry.Agency),
            Type = entry.Type,
            Subject = entry.CaseId.ToString(),
            Time = entry.OccurredAt,
            DataSchema = SchemaOf(schemaBase, entry.Type),
            DataContentType = "application/json",
            Data = DataView.Of(entry.Data, fields),
        };
        return Formatter.EncodeStructuredModeMessage(cloudEvent, out _).ToArray();
    }

    /// <summary>Where the JSON Schema of a type's version is served.</summary>
    public static Uri SchemaOf(Uri schemaBase, string type) => new(schemaBase, $"feed/schemas/{type}.json");
}
