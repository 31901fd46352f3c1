using System.Collections.Concurrent;

namespace NomadPlatform.Infrastructure.Messaging;

/// <summary>This service's receive queues, learnt as MassTransit configures them; each faults into <c>{queue}_error</c>.</summary>
public sealed class ErrorQueues
{
    public const string Suffix = "_error";

    readonly ConcurrentDictionary<string, byte> _queues = new();

    public IReadOnlyCollection<string> Names => _queues.Keys.Select(q => q + Suffix).ToList();

    public void Add(Uri inputAddress) => _queues.TryAdd(inputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1], 0);
}
