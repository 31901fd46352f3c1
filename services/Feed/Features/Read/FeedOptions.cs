namespace NomadPlatform.Feed.Features.Read;

/// <summary>The feed's settings (<c>Feed</c>).</summary>
public sealed class FeedOptions
{
    /// <summary>The feed's public address, in each event's <c>dataschema</c>; without it, the address the partner called.</summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>The address to name in events and documents: <see cref="PublicUrl"/>, or the one this request called.</summary>
    public Uri PublicUrlFor(HttpRequest request) => PublicUrl ?? new Uri($"{request.Scheme}://{request.Host}/");

    /// <summary>The longest a partner's read may wait for the next event.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a waiting read, woken by a recorded event, waits for the events right behind it, so that a
    /// burst is one page (and one read) rather than a read per event. The partner's lag grows by as much.
    /// </summary>
    public TimeSpan Gather { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The most events one read returns.</summary>
    public int MaxLimit { get; set; } = 500;

    /// <summary>How long an instance serves a partner's grants from memory before reading them again (<see cref="PartnerGrantsMemory"/>).</summary>
    public TimeSpan GrantsKeptFor { get; set; } = TimeSpan.FromSeconds(5);
}
