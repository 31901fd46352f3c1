using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace NomadPlatform.Feed.Features.Read;

/// <summary>
/// Each partner's current grants, remembered for <see cref="FeedOptions.GrantsKeptFor"/> per instance: a
/// following partner reads again after every page, and two queries per read were 3 % of the feed's CPU.
/// A grant or withdrawal made here is seen at once; one made at a twin within that time (a long read already
/// holds the grants it began with for up to <see cref="FeedOptions.MaxWait"/>).
/// </summary>
public sealed class PartnerGrantsMemory(IOptions<FeedOptions> options, TimeProvider time)
{
    readonly ConcurrentDictionary<string, (long At, IReadOnlyDictionary<string, IReadOnlySet<string>> Grants)> _byBin = new(StringComparer.Ordinal);

    public bool TryGet(string bin, out IReadOnlyDictionary<string, IReadOnlySet<string>> grants)
    {
        grants = null!;
        if (!_byBin.TryGetValue(bin, out var kept) || time.GetElapsedTime(kept.At) >= options.Value.GrantsKeptFor) return false;
        grants = kept.Grants;
        return true;
    }

    public void Keep(string bin, IReadOnlyDictionary<string, IReadOnlySet<string>> grants) => _byBin[bin] = (time.GetTimestamp(), grants);

    public void Forget(string bin) => _byBin.TryRemove(bin, out _);
}
