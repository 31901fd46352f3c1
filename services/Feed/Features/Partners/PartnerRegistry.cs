using Microsoft.EntityFrameworkCore;
using NomadPlatform.Feed.Domain;
using NomadPlatform.Feed.Features.Read;
using NomadPlatform.Feed.Infrastructure;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Feed.Features.Partners;

/// <summary>The feed operator's administrators register partners and grant or withdraw their event types, each act under their IIN.</summary>
public sealed class PartnerRegistry(FeedDbContext db, EventCatalogue catalogue, PartnerGrantsMemory grantsInMemory, TimeProvider time)
{
    /// <summary>Registers the organisation; registering it again under the same name changes nothing.</summary>
    public async Task<(Partner Partner, bool Registered)> RegisterAsync(Bin bin, string name, string administratorIin, CancellationToken cancellationToken)
    {
        if (await db.Partners.FindAsync([bin.Value], cancellationToken) is { } existing)
            return existing.Name == name ? (existing, false)
                : throw new CaseRuleViolation("feed.bin-registered", $"BIN {bin} is registered as '{existing.Name}'.");
        var partner = Partner.Register(bin.Value, name, administratorIin, time.GetUtcNow());
        db.Partners.Add(partner);
        await db.SaveChangesAsync(cancellationToken);
        return (partner, true);
    }

    /// <summary>Grants <paramref name="type"/> with these fields, in place of any current grant of it.</summary>
    public async Task<PartnerGrant> GrantAsync(string bin, string type, IReadOnlyCollection<string> fields, string administratorIin, CancellationToken cancellationToken)
    {
        var eventType = catalogue.Find(type) ?? throw new InvalidField("type", "feed.event-type-unknown", $"No event type '{type}'; GET /feed/types lists them.");
        await PartnerAsync(bin, cancellationToken);
        var now = time.GetUtcNow();
        var grant = PartnerGrant.Of(bin, eventType, fields, administratorIin, now);
        foreach (var current in await CurrentAsync(bin, type, cancellationToken)) current.Withdraw(administratorIin, now);
        db.Grants.Add(grant);
        await db.SaveChangesAsync(cancellationToken);
        grantsInMemory.Forget(bin);
        return grant;
    }

    public async Task WithdrawAsync(string bin, string type, string administratorIin, CancellationToken cancellationToken)
    {
        await PartnerAsync(bin, cancellationToken);
        var current = await CurrentAsync(bin, type, cancellationToken);
        if (current.Count == 0) throw new CaseNotFound("feed.no-grant", $"Partner {bin} holds no grant of '{type}'.");
        foreach (var grant in current) grant.Withdraw(administratorIin, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        grantsInMemory.Forget(bin);
    }

    async Task PartnerAsync(string bin, CancellationToken cancellationToken)
    {
        if (!await db.Partners.AnyAsync(p => p.Bin == bin, cancellationToken)) throw new CaseNotFound("feed.partner-unknown", $"BIN {bin} is not a registered partner.");
    }

    Task<List<PartnerGrant>> CurrentAsync(string bin, string type, CancellationToken cancellationToken) =>
        db.Grants.Where(g => g.PartnerBin == bin && g.EventType == type && g.WithdrawnAt == null).ToListAsync(cancellationToken);
}
