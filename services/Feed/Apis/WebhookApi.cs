using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NomadPlatform.Feed.Domain;
using NomadPlatform.Feed.Features.Push;
using NomadPlatform.Feed.Features.Read;
using NomadPlatform.Feed.Infrastructure;
using NomadPlatform.Feed.Security;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Security;

namespace NomadPlatform.Feed.Apis;

/// <summary>Push: a partner's system names its endpoint, sees how delivery goes, and asks for redelivery from a position.</summary>
public static class WebhookApi
{
    /// <summary>The endpoint, and the position to push after (when not given: where the subscription stands, or for a new one the log's newest).</summary>
    public sealed record WebhookRequest(string? Url, long? After);

    public sealed record WebhookView(string PartnerBin, string Url, long Position, string Status, DateTimeOffset? FailingSince, int FailedAttempts,
        DateTimeOffset? NextAttemptAt, string? LastError, DateTimeOffset? ParkedAt)
    {
        public static WebhookView Of(WebhookSubscription w) =>
            new(w.PartnerBin, w.Url, w.Position, w.Status.ToString(), w.FailingSince, w.FailedAttempts, w.NextAttemptAt, w.LastError, w.ParkedAt);
    }

    public static IEndpointRouteBuilder MapWebhookApi(this IEndpointRouteBuilder app)
    {
        var webhook = app.MapGroup("/feed/webhook").WithTags("Partner feed").RequireAuthorization(AccessPolicies.OrganisationSystem);
        webhook.MapPut("/", SubscribeAsync);
        webhook.MapGet("/", GetAsync);
        webhook.MapPost("/redelivery", RedeliverAsync);
        webhook.MapDelete("/", UnsubscribeAsync);
        app.MapGet("/api/partners/webhooks", ListAsync).WithTags("Partners").RequireAuthorization(AccessPolicies.Officer(FeedRoles.PartnerRegistrar));
        return app;
    }

    static async Task<Results<Ok<WebhookView>, ValidationProblem>> SubscribeAsync(
        WebhookRequest request, HttpContext http, PartnerRights rights, FeedDbContext db, IOptions<WebhookOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var bin = (await rights.OfCallerAsync(http.User, cancellationToken)).Bin;
        if (Validate(request, options.Value) is { } invalid) return invalid;
        var subscription = await db.Webhooks.FindAsync([bin], cancellationToken);
        // A new endpoint for an existing subscription goes on from where it stands unless told otherwise.
        var after = request.After ?? subscription?.Position ?? await db.Entries.MaxAsync(e => (long?)e.Position, cancellationToken) ?? 0;
        if (subscription is null) db.Webhooks.Add(subscription = WebhookSubscription.Start(bin, new Uri(request.Url!), after, time.GetUtcNow()));
        else subscription.Redeliver(new Uri(request.Url!), after, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(WebhookView.Of(subscription));
    }

    static async Task<Ok<WebhookView>> GetAsync(HttpContext http, PartnerRights rights, FeedDbContext db, CancellationToken cancellationToken)
    {
        var bin = (await rights.OfCallerAsync(http.User, cancellationToken)).Bin;
        return TypedResults.Ok(WebhookView.Of(await db.Webhooks.AsNoTracking().SingleOrDefaultAsync(w => w.PartnerBin == bin, cancellationToken)
            ?? throw new CaseNotFound("feed.no-webhook", $"The partner has no webhook; PUT /feed/webhook names one.")));
    }

    /// <summary>Sends again, from after <c>after</c>, what the partner was granted: after a parked subscription, or to recover its own loss.</summary>
    static async Task<Results<Ok<WebhookView>, ValidationProblem>> RedeliverAsync(
        WebhookRequest request, HttpContext http, PartnerRights rights, FeedDbContext db, IOptions<WebhookOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var bin = (await rights.OfCallerAsync(http.User, cancellationToken)).Bin;
        var subscription = await db.Webhooks.FindAsync([bin], cancellationToken) ?? throw new CaseNotFound("feed.no-webhook", $"The partner has no webhook; PUT /feed/webhook names one.");
        if (request.After is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["after"] = ["The position to send again after."] });
        var url = request.Url ?? subscription.Url;
        if (Validate(request with { Url = url }, options.Value) is { } invalid) return invalid;
        subscription.Redeliver(new Uri(url), request.After.Value, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(WebhookView.Of(subscription));
    }

    static async Task<NoContent> UnsubscribeAsync(HttpContext http, PartnerRights rights, FeedDbContext db, CancellationToken cancellationToken)
    {
        var bin = (await rights.OfCallerAsync(http.User, cancellationToken)).Bin;
        await db.Webhooks.Where(w => w.PartnerBin == bin).ExecuteDeleteAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Every partner's push, as operators watch it: a parked or failing one is visible here.</summary>
    static async Task<Ok<List<WebhookView>>> ListAsync(FeedDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Webhooks.AsNoTracking().OrderBy(w => w.PartnerBin).ToListAsync(cancellationToken)).Select(WebhookView.Of).ToList());

    static ValidationProblem? Validate(WebhookRequest request, WebhookOptions options)
    {
        var errors = new Dictionary<string, string[]>();
        var secure = options.AllowPlainHttp ? "http or https" : "https";
        if (request.Url is not { Length: > 0 and <= 2000 } text || !Uri.TryCreate(text, UriKind.Absolute, out var url)
            || !(url.Scheme == Uri.UriSchemeHttps || (options.AllowPlainHttp && url.Scheme == Uri.UriSchemeHttp)) || url.UserInfo.Length > 0)
            errors["url"] = [$"The partner's endpoint: an absolute {secure} URL without credentials, at most 2000 characters."];
        if (request.After < 0) errors["after"] = ["A position: 0 or more."];
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : null;
    }
}
