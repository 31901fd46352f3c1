using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Feed.Domain;
using NomadPlatform.Feed.Features.Partners;
using NomadPlatform.Feed.Infrastructure;
using NomadPlatform.Feed.Security;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Security;

namespace NomadPlatform.Feed.Apis;

public static class PartnersApi
{
    public sealed record RegisterPartnerRequest(string? Bin, string? Name);

    public sealed record GrantRequest(string[]? Fields);

    public sealed record PartnerView(string Bin, string Name, DateTimeOffset RegisteredAt, string RegisteredBy);

    public sealed record GrantView(string EventType, string[] Fields, DateTimeOffset GrantedAt, string GrantedBy, DateTimeOffset? WithdrawnAt, string? WithdrawnBy)
    {
        public static GrantView Of(PartnerGrant g) => new(g.EventType, [.. g.FieldSet.Order(StringComparer.Ordinal)], g.GrantedAt, g.GrantedBy, g.WithdrawnAt, g.WithdrawnBy);
    }

    public static IEndpointRouteBuilder MapPartnersApi(this IEndpointRouteBuilder app)
    {
        var partners = app.MapGroup("/api/partners").WithTags("Partners").RequireAuthorization(AccessPolicies.Officer(FeedRoles.PartnerRegistrar));
        partners.MapPost("/", RegisterAsync);
        partners.MapGet("/", ListAsync);
        partners.MapGet("/{bin}/grants", GrantsAsync);
        partners.MapPut("/{bin}/grants/{type}", GrantAsync);
        partners.MapDelete("/{bin}/grants/{type}", WithdrawAsync);
        app.MapGet("/api/event-versions", VersionsInUseAsync).WithTags("Partners").RequireAuthorization(AccessPolicies.Officer(FeedRoles.PartnerRegistrar));
        return app;
    }

    static async Task<Results<Created<PartnerView>, Ok<PartnerView>, ValidationProblem>> RegisterAsync(
        RegisterPartnerRequest request, Actor administrator, PartnerRegistry registry, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Bin.TryParse(request.Bin, out var bin, out var reason)) errors["bin"] = [reason];
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 300) errors["name"] = ["The organisation's registered name, at most 300 characters."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var (partner, registered) = await registry.RegisterAsync(bin, request.Name!.Trim(), administrator.Iin, cancellationToken);
        var view = new PartnerView(partner.Bin, partner.Name, partner.RegisteredAt, partner.RegisteredBy);
        return registered ? TypedResults.Created($"/api/partners/{partner.Bin}/grants", view) : TypedResults.Ok(view);
    }

    public sealed record VersionInUse(string EventType, string Event, int Version, int PartnersGranted);

    /// <summary>
    /// Every event type version with the number of partners holding a current grant of it: an agency
    /// publishing a new version keeps the old one flowing beside it while this count is above zero.
    /// </summary>
    static async Task<Ok<List<VersionInUse>>> VersionsInUseAsync(FeedDbContext db, EventCatalogue catalogue, CancellationToken cancellationToken)
    {
        var granted = await db.Grants.AsNoTracking().Where(g => g.WithdrawnAt == null)
            .GroupBy(g => g.EventType).Select(g => new { Type = g.Key, Partners = g.Count() }) // one current grant per partner and type
            .ToDictionaryAsync(g => g.Type, g => g.Partners, cancellationToken);
        return TypedResults.Ok(catalogue.All.Select(t => new VersionInUse(t.Name, t.ContractType.Name, t.Version, granted.GetValueOrDefault(t.Name))).ToList());
    }

    static async Task<Ok<List<PartnerView>>> ListAsync(FeedDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Partners.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new PartnerView(p.Bin, p.Name, p.RegisteredAt, p.RegisteredBy)).ToListAsync(cancellationToken));

    /// <summary>Every grant the partner has held, current and withdrawn, with who made each.</summary>
    static async Task<Ok<List<GrantView>>> GrantsAsync(string bin, FeedDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Grants.AsNoTracking().Where(g => g.PartnerBin == bin).OrderBy(g => g.Id).ToListAsync(cancellationToken))
            .Select(GrantView.Of).ToList());

    static async Task<Results<Ok<GrantView>, ValidationProblem>> GrantAsync(
        string bin, string type, GrantRequest request, Actor administrator, PartnerRegistry registry, CancellationToken cancellationToken)
    {
        var fields = request.Fields ?? [];
        if (fields.Length > 100 || fields.Any(f => string.IsNullOrWhiteSpace(f) || f.Length > 64))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["fields"] = ["The view's field names (GET /feed/types), at most 100."] });
        return TypedResults.Ok(GrantView.Of(await registry.GrantAsync(bin, type, fields, administrator.Iin, cancellationToken)));
    }

    static async Task<NoContent> WithdrawAsync(string bin, string type, Actor administrator, PartnerRegistry registry, CancellationToken cancellationToken)
    {
        await registry.WithdrawAsync(bin, type, administrator.Iin, cancellationToken);
        return TypedResults.NoContent();
    }
}
