using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NomadPlatform.Feed.Features.Read;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Security;

namespace NomadPlatform.Feed.Apis;

public static class FeedApi
{
    public const string NewestPositionHeader = "Nomad-Feed-Newest-Position";

    public static IEndpointRouteBuilder MapFeedApi(this IEndpointRouteBuilder app)
    {
        var feed = app.MapGroup("/feed").WithTags("Partner feed");
        feed.MapGet("/", ReadAsync).RequireAuthorization(AccessPolicies.OrganisationSystem)
            .Produces<FeedPageView>(contentType: "application/json");
        feed.MapGet("/grants", GrantsAsync).RequireAuthorization(AccessPolicies.OrganisationSystem);
        return app;
    }

    /// <summary>
    /// The partner's events after <paramref name="after"/> (or recorded since <paramref name="since"/>), of
    /// its granted types (or those of them named in <paramref name="types"/>, comma-separated), at most
    /// <paramref name="limit"/>; with <paramref name="wait"/> seconds, an empty read waits for the next event.
    /// Each event is CloudEvents structured JSON, written as signed, with a detached CMS signature.
    /// </summary>
    static async Task<Results<FileContentHttpResult, ValidationProblem>> ReadAsync(
        HttpContext http, PartnerRights rights, FeedReader reader, EventSigner signer, AgencyDirectory agencies, IOptions<FeedOptions> options,
        long? after, DateTimeOffset? since, string? types, int? limit, int? wait, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var errors = new Dictionary<string, string[]>();
        if (after < 0) errors["after"] = ["A position: 0 or more."];
        if (limit is < 1 || limit > settings.MaxLimit) errors["limit"] = [$"From 1 to {settings.MaxLimit}."];
        if (wait is < 0 || wait > settings.MaxWait.TotalSeconds) errors["wait"] = [$"Seconds to wait for the next event, from 0 to {settings.MaxWait.TotalSeconds:0}."];
        var requested = types?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (requested.Length > 100) errors["types"] = ["At most 100 types."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var (_, granted) = await rights.OfCallerAsync(http.User, cancellationToken);
        if (requested.FirstOrDefault(t => !granted.ContainsKey(t)) is { } refused)
            throw new NotAllowed("feed.grant-missing", $"The partner holds no grant of '{refused}'; GET /feed/grants lists what it may receive.");

        var query = new FeedQuery(after ?? 0, since, requested.Length > 0 ? requested : granted.Keys.ToList(), limit ?? 100, TimeSpan.FromSeconds(wait ?? 0));
        var page = await reader.ReadAsync(query, cancellationToken);
        var schemaBase = settings.PublicUrlFor(http.Request);

        using var body = new MemoryStream();
        await using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartObject();
            json.WriteStartArray("events");
            foreach (var entry in page.Entries)
            {
                var served = ServedEvent.Encode(entry, granted[entry.Type], agencies.BinOf(entry.Agency), schemaBase);
                json.WriteStartObject();
                json.WriteNumber("position", entry.Position);
                json.WritePropertyName("event");
                json.WriteRawValue(served, skipInputValidation: true);
                json.WriteBase64String("signature", await signer.SignAsync(served, cancellationToken));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("next", page.Next);
            json.WriteEndObject();
        }
        http.Response.Headers[NewestPositionHeader] = page.Newest.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.File(body.ToArray(), "application/json");
    }

    /// <summary>What the calling partner may receive: each granted type and the fields of its view.</summary>
    static async Task<Ok<Dictionary<string, string[]>>> GrantsAsync(HttpContext http, PartnerRights rights, CancellationToken cancellationToken)
    {
        var (_, granted) = await rights.OfCallerAsync(http.User, cancellationToken);
        return TypedResults.Ok(granted.ToDictionary(g => g.Key, g => g.Value.Order(StringComparer.Ordinal).ToArray()));
    }
}

/// <summary>A read of the feed (documentation of the body; the events are written verbatim as signed).</summary>
public sealed record FeedPageView(IReadOnlyList<FeedItemView> Events, long Next);

/// <summary>One event: its position, the CloudEvent (structured JSON, exactly the signed bytes), and the detached CMS signature in base64.</summary>
public sealed record FeedItemView(long Position, JsonElement Event, string Signature);
