namespace NomadPlatform.Infrastructure.Messaging;

/// <summary>
/// How a failing consumer is tried again: immediate retries in the same delivery, then redeliveries
/// after a delay (another agency may be down for minutes), then the error queue.
/// </summary>
public sealed class ConsumerRetryOptions
{
    public TimeSpan[] Intervals { get; set; } =
        [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)];

    public TimeSpan[] RedeliveryDelays { get; set; } =
        [TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)];
}
