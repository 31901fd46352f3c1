namespace NomadPlatform.Infrastructure.Outbox;

public sealed class OutboxRelayOptions
{
    public int BatchSize { get; set; } = 100;

    /// <summary>How often to look for rows when no commit has signalled (e.g. rows left by a killed process).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a batch waits for the broker's confirms. A publish in flight while the broker restarts
    /// can wait for its confirm forever (RabbitMQ.Client 7.x); past this, its row counts as undelivered
    /// and goes out again, with the same message id, in the next round. Less than two thirds of
    /// <see cref="LeaseDuration"/>, so a batch ends inside the lease it started under.
    /// </summary>
    public TimeSpan ConfirmTimeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// How long the relay's lease lasts unless renewed (every third of it): the longest another instance
    /// waits to take over the relay of one that died. A clean stop gives it back at once.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(15);

    public bool BatchEndsInsideLease() => ConfirmTimeout < LeaseDuration * 2 / 3;

    /// <summary>Delivered rows are kept this long for audit, then deleted.</summary>
    public TimeSpan DeliveredRetention { get; set; } = TimeSpan.FromDays(7);
}
