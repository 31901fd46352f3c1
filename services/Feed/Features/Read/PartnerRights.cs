using Microsoft.EntityFrameworkCore;
using NomadPlatform.Feed.Infrastructure;

namespace NomadPlatform.Feed.Features.Read;

/// <summary>What a partner may receive now: each granted event type with the fields of its view; null for a BIN that is no partner.</summary>
public sealed class PartnerRights(FeedDbContext db)
{
    public async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>?> OfAsync(string bin, CancellationToken cancellationToken)
    {
        if (!await db.Partners.AnyAsync(p => p.Bin == bin, cancellationToken)) return null;
        var grants = await db.Grants.AsNoTracking().Where(g => g.PartnerBin == bin && g.WithdrawnAt == null).ToListAsync(cancellationToken);
        return grants.ToDictionary(g => g.EventType, g => g.FieldSet, StringComparer.Ordinal);
    }
}
