using System.Collections.Concurrent;
using RabbitMQ.Client;

namespace NomadPlatform.Infrastructure.Messaging;

/// <summary>
/// Declares, on first need, a delay queue per endpoint and delay: <c>{queue}_redelivery_{ms}</c> with a
/// queue TTL, dead-lettering into the endpoint's own exchange (MassTransit binds it to the queue).
/// </summary>
public sealed class RedeliveryQueues(BrokerAddress broker) : IAsyncDisposable
{
    readonly ConcurrentDictionary<string, Task> _declared = new();

    /// <summary>The broker account this service connects with.</summary>
    public string Account => broker.Username;
    readonly SemaphoreSlim _connecting = new(1, 1);
    IConnection? _connection;

    /// <summary>Returns the exchange to send to for this queue and delay.</summary>
    public async Task<string> EnsureAsync(string queue, TimeSpan delay, CancellationToken cancellationToken)
    {
        var name = $"{queue}_redelivery_{(long)delay.TotalMilliseconds}";
        await _declared.GetOrAdd(name, _ => DeclareAsync(name, queue, delay));
        return name;
    }

    async Task DeclareAsync(string name, string targetExchange, TimeSpan delay)
    {
        try
        {
            var connection = await ConnectAsync();
            await using var channel = await connection.CreateChannelAsync();
            await channel.ExchangeDeclareAsync(name, ExchangeType.Fanout, durable: true, autoDelete: false);
            var arguments = broker.DurableQueueArguments(new Dictionary<string, object?>
            {
                ["x-message-ttl"] = (long)delay.TotalMilliseconds,
                ["x-dead-letter-exchange"] = targetExchange,
            });
            if (broker.QuorumQueues)
            {
                // A quorum queue dead-letters at most once unless told otherwise: a message expiring while a
                // node fails could vanish. At least once needs publishes refused (not dropped) when full.
                arguments["x-dead-letter-strategy"] = "at-least-once";
                arguments["x-overflow"] = "reject-publish";
            }
            await channel.QueueDeclareAsync(name, durable: true, exclusive: false, autoDelete: false, arguments);
            await channel.QueueBindAsync(name, name, routingKey: "");
        }
        catch
        {
            _declared.TryRemove(name, out _);
            throw;
        }
    }

    async Task<IConnection> ConnectAsync()
    {
        await _connecting.WaitAsync();
        try
        {
            return _connection is { IsOpen: true } open ? open : _connection = await broker.ConnectAsync("nomad-redelivery-topology");
        }
        finally
        {
            _connecting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }
}
