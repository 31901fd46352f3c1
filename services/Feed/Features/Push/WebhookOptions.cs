namespace NomadPlatform.Feed.Features.Push;

/// <summary>How the feed pushes to partners' endpoints (<c>Feed:Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    /// <summary>How long a failing endpoint is retried before its subscription is parked.</summary>
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The longest wait between two attempts (the wait doubles from one second).</summary>
    public TimeSpan LongestWait { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one delivery may take before it counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Plain-HTTP endpoints (development, tests and simulation only; a partner's production endpoint is HTTPS).</summary>
    public bool AllowPlainHttp { get; set; }

    /// <summary>How often due deliveries are looked for when no event wakes the sender.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a recorded event waits for the events right behind it before a round pushes them together:
    /// a round per event looked up the subscriptions once per event (a seventh of the feed's CPU under load).
    /// </summary>
    public TimeSpan Gather { get; set; } = TimeSpan.FromMilliseconds(100);
}
