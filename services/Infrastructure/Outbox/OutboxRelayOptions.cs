namespace NomadPlatform.Infrastructure.Outbox;

public sealed class OutboxRelayOptions
{
    public int BatchSize { get; set; } = 100;

    /// <summary>How often to look for rows when no commit has signalled (e.g. rows left by a killed process).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Delivered rows are kept this long for audit, then deleted.</summary>
    public TimeSpan DeliveredRetention { get; set; } = TimeSpan.FromDays(7);
}
