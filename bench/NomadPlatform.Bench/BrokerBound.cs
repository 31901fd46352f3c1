using System.Diagnostics;
using MassTransit;
using NomadPlatform.Infrastructure.Messaging;

namespace NomadPlatform.Bench;

/// <summary>A message about the size of a case event, for the raw publish → consume rate.</summary>
public sealed record BrokerPing(Guid Id, string Payload);

/// <summary>
/// The bound for this design: MassTransit publish → consume over the same RabbitMQ, with the same
/// durability as the services (persistent messages, publisher confirms, durable queue, prefetch 32).
/// </summary>
public static class BrokerBound
{
    public static async Task<double> MeasureAsync(string connectionString, int messages)
    {
        var broker = BrokerAddress.Parse(connectionString);
        var consumed = 0;
        var allConsumed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(broker.Host, broker.Port, broker.VirtualHost, h =>
            {
                h.Username(broker.Username);
                h.Password(broker.Password);
            });
            cfg.PrefetchCount = 32;
            cfg.ReceiveEndpoint($"bench-broker-bound-{Environment.ProcessId}", e =>
            {
                e.AutoDelete = true;
                e.Handler<BrokerPing>(_ =>
                {
                    if (Interlocked.Increment(ref consumed) == messages) allConsumed.TrySetResult();
                    return Task.CompletedTask;
                });
            });
        });
        await bus.StartAsync();
        try
        {
            var payload = new string('x', 400);
            var clock = Stopwatch.StartNew();
            using var inFlight = new SemaphoreSlim(256);
            var publishes = new List<Task>(messages);
            for (var i = 0; i < messages; i++)
            {
                await inFlight.WaitAsync();
                publishes.Add(bus.Publish(new BrokerPing(Guid.NewGuid(), payload)).ContinueWith(_ => inFlight.Release(), TaskScheduler.Default));
            }
            await Task.WhenAll(publishes);
            await allConsumed.Task.WaitAsync(TimeSpan.FromMinutes(5));
            return messages / clock.Elapsed.TotalSeconds;
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
