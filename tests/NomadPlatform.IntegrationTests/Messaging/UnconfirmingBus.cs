using System.Reflection;
using MassTransit;

namespace NomadPlatform.IntegrationTests.Messaging;

/// <summary>A bus whose publishes are never confirmed: every call that returns a task returns one that never completes.</summary>
public class UnconfirmingBus : DispatchProxy
{
    public static IBus Create() => Create<IBus, UnconfirmingBus>();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        targetMethod?.ReturnType == typeof(Task) ? new TaskCompletionSource().Task
            : throw new NotSupportedException($"{targetMethod?.Name} is not used by the outbox relay.");
}
