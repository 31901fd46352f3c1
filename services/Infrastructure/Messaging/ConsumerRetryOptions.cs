namespace NomadPlatform.Infrastructure.Messaging;

/// <summary>Immediate retries of a failing consumer before the message faults to the error queue.</summary>
public sealed class ConsumerRetryOptions
{
    public TimeSpan[] Intervals { get; set; } =
        [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)];
}
