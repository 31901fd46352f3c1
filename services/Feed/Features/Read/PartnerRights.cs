using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Feed.Infrastructure;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.Feed.Features.Read;

/// <summary>What a partner may receive now: each granted event type with the fields of its view.</summary>
public sealed class PartnerRights(FeedDbContext db, PartnerGrantsMemory memory)
{
    /// <summary>The grants of the partner <paramref name="bin"/>; null for a BIN that is no partner.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>?> OfAsync(string bin, CancellationToken cancellationToken)
    {
        if (memory.TryGet(bin, out var kept)) return kept;
        if (!await db.Partners.AnyAsync(p => p.Bin == bin, cancellationToken)) return null;
        var grants = (await db.Grants.AsNoTracking().Where(g => g.PartnerBin == bin && g.WithdrawnAt == null).ToListAsync(cancellationToken))
            .ToDictionary(g => g.EventType, g => g.FieldSet, StringComparer.Ordinal);
        memory.Keep(bin, grants);
        return grants;
    }

    /// <summary>The calling system's BIN and grants; a system of an organisation that is no partner is refused (403).</summary>
    public async Task<(string Bin, IReadOnlyDictionary<string, IReadOnlySet<string>> Granted)> OfCallerAsync(ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var bin = caller.FindFirst(PlatformClaims.Bin)?.Value ?? "";
        return await OfAsync(bin, cancellationToken) is { } granted ? (bin, granted)
            : throw new NotAllowed("feed.not-a-partner", $"BIN {bin} is not a registered partner of the feed; its operator registers partners.");
    }
}
