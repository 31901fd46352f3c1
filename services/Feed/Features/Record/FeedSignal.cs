namespace NomadPlatform.Feed.Features.Record;

/// <summary>Wakes the partners' long polls when an event is recorded (in this process; a poll also gives up at its own deadline).</summary>
public sealed class FeedSignal
{
    TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next recorded event.</summary>
    public Task NextAsync => Volatile.Read(ref _next).Task;

    public void Recorded() => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
