namespace NomadPlatform.Feed.Domain;

public enum WebhookStatus
{
    Active,

    /// <summary>Failing for longer than the retry period: nothing is sent until the partner asks for redelivery.</summary>
    Parked,
}

/// <summary>
/// A partner's push: its HTTPS endpoint receives each granted event after <see cref="Position"/>, one at
/// a time in the log's order (so in order per case). A failing endpoint is retried with backoff; failing
/// past the retry period, the subscription is parked at the position it reached, until the partner
/// asks for redelivery from a position of its choosing.
/// </summary>
public sealed class WebhookSubscription
{
    public string PartnerBin { get; private set; } = "";
    public string Url { get; private set; } = "";
    public long Position { get; private set; }
    public WebhookStatus Status { get; private set; }
    public DateTimeOffset? FailingSince { get; private set; }
    public int FailedAttempts { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? ParkedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    WebhookSubscription() { }

    public static WebhookSubscription Start(string partnerBin, Uri url, long after, DateTimeOffset now) => new()
    {
        PartnerBin = partnerBin,
        Url = url.ToString(),
        Position = after,
        Status = WebhookStatus.Active,
        UpdatedAt = now,
    };

    public bool Due(DateTimeOffset now) => Status == WebhookStatus.Active && (NextAttemptAt is null || NextAttemptAt <= now);

    public void Delivered(long position, DateTimeOffset now)
    {
        Position = position;
        FailingSince = null;
        FailedAttempts = 0;
        NextAttemptAt = null;
        LastError = null;
        UpdatedAt = now;
    }

    /// <summary>Waits twice as long after each failure (from 1 s, at most <paramref name="longestWait"/>); parks once failing longer than <paramref name="retryFor"/>.</summary>
    public void Failed(string error, DateTimeOffset now, TimeSpan retryFor, TimeSpan longestWait)
    {
        FailingSince ??= now;
        FailedAttempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        UpdatedAt = now;
        if (now - FailingSince.Value > retryFor)
        {
            Status = WebhookStatus.Parked;
            ParkedAt = now;
            NextAttemptAt = null;
            return;
        }
        var wait = TimeSpan.FromSeconds(Math.Pow(2, Math.Min(FailedAttempts - 1, 20)));
        NextAttemptAt = now + (wait < longestWait ? wait : longestWait);
    }

    /// <summary>The partner's own choice: send again from after <paramref name="after"/>, to this endpoint.</summary>
    public void Redeliver(Uri url, long after, DateTimeOffset now)
    {
        Url = url.ToString();
        Status = WebhookStatus.Active;
        ParkedAt = null;
        Delivered(after, now);
    }
}
