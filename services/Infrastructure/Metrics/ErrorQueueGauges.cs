using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NomadPlatform.Infrastructure.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace NomadPlatform.Infrastructure.Metrics;

/// <summary>
/// Asks the broker, every <c>Metrics:GaugeInterval</c>, how many messages wait in each of this service's
/// error queues (a passive declare: nothing is created). A queue that never faulted does not exist yet: 0.
/// </summary>
public sealed class ErrorQueueGauges(BrokerAddress broker, ErrorQueues queues, PlatformMetrics metrics, IConfiguration configuration,
    ILogger<ErrorQueueGauges> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(configuration.GetValue("Metrics:GaugeInterval", TimeSpan.FromSeconds(15)));
        IConnection? connection = null;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    connection = connection is { IsOpen: true } ? connection : await broker.ConnectAsync("nomad-error-queue-gauges", stoppingToken);
                    metrics.ObserveErrorQueues(await DepthsAsync(connection, stoppingToken));
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    MetricsLog.ErrorQueuesUnread(logger, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (connection is not null) await connection.DisposeAsync();
        }
    }

    async Task<Dictionary<string, long>> DepthsAsync(IConnection connection, CancellationToken cancellationToken)
    {
        var depths = new Dictionary<string, long>();
        IChannel? channel = null;
        try
        {
            foreach (var queue in queues.Names)
            {
                channel = channel is { IsOpen: true } ? channel : await connection.CreateChannelAsync(cancellationToken: cancellationToken);
                try
                {
                    depths[queue] = (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
                }
                catch (OperationInterruptedException missing) when (missing.ShutdownReason?.ReplyCode == 404)
                {
                    depths[queue] = 0;
                }
            }
        }
        finally
        {
            if (channel is not null) await channel.DisposeAsync();
        }
        return depths;
    }

}
