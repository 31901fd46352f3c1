using NomadPlatform.Infrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Infrastructure.Outbox;

/// <summary>
/// Publishes committed outbox rows in sequence order and marks them delivered once the broker has
/// confirmed them. A row published but not yet marked (the process died in between) is published
/// again with the same message id: consumers' inboxes recognise the copy. Of several instances of a
/// service, only the one holding the outbox's <see cref="RelayLease"/> relays; the others stand by and
/// take over when it is given back or expires.
/// </summary>
public sealed class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    BrokerAddress broker,
    BrokerConnectionRenewal connectionRenewal,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<OutboxRelayOptions> options,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService
    where TDbContext : ServiceDbContext
{
    readonly OutboxRelayOptions _options = options.Value;
    readonly SingleInstanceWork _lease = new(RelayLease.Outbox, options.Value.LeaseDuration, scopes, time);
    DateTimeOffset _nextCleanup;
    int _unconfirmedInARow;

    /// <summary>Batches left unconfirmed one after another before the connection is renewed: one alone is a channel the broker closed, and the next batch goes out on a new one.</summary>
    const int UnconfirmedBeforeRenewal = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await HoldLeaseAsync(stoppingToken))
                {
                    await Task.Delay(_options.LeaseDuration / 3, stoppingToken);
                    continue;
                }
                var relayed = await RelayBatchAsync(stoppingToken);
                if (relayed == _options.BatchSize) continue;
                await CleanupDeliveredAsync(stoppingToken);
                await signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                OutboxLog.RelayFailed(logger, exception);
                await Task.Delay(_options.RetryDelay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (!_lease.Holding) return;
        await _lease.ReleaseAsync();
        OutboxLog.LeaseReleased(logger, _lease.Holder);
    }

    /// <summary>
    /// Renewed once a third of it has passed, so a batch (whose confirms wait at most
    /// <see cref="OutboxRelayOptions.ConfirmTimeout"/>, less than two thirds) always ends inside the lease.
    /// </summary>
    async Task<bool> HoldLeaseAsync(CancellationToken cancellationToken)
    {
        var wasHolding = _lease.Holding;
        var held = await _lease.HoldAsync(cancellationToken);
        if (held != wasHolding)
        {
            if (held) OutboxLog.LeaseTaken(logger, _lease.Holder);
            else OutboxLog.LeaseLost(logger, _lease.Holder);
        }
        return held;
    }

    /// <summary>Relays one batch; returns how many rows were delivered.</summary>
    public async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.DeliveredAt == null)
            .OrderBy(m => m.SequenceNumber)
            .Take(_options.BatchSize)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0) return 0;

        // Started in order on one channel, so the broker receives them in order; confirms are awaited together.
        using var confirmWindow = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        confirmWindow.CancelAfter(_options.ConfirmTimeout);
        var publishes = rows.Select(row => OutboxPublisher.PublishAsync(bus, row, broker.Username, confirmWindow.Token)).ToList();
        var delivered = new List<long>(rows.Count);
        Exception? firstFailure = null;
        var (refused, unconfirmed) = (false, false);
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                await publishes[i].WaitAsync(confirmWindow.Token);
                delivered.Add(rows[i].SequenceNumber);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                firstFailure ??= confirmWindow.IsCancellationRequested
                    ? new TimeoutException($"The broker did not confirm within {_options.ConfirmTimeout}.", exception)
                    : exception;
                refused |= BrokerConnectionRenewal.IsRefusal(exception);
                unconfirmed |= confirmWindow.IsCancellationRequested;
                // A publish left waiting for a confirm that never comes must not surface as unobserved later.
                _ = publishes[i].ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            }
        }

        if (delivered.Count > 0)
        {
            var now = time.GetUtcNow();
            await db.OutboxMessages
                .Where(m => delivered.Contains(m.SequenceNumber))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, now), cancellationToken);
        }

        if (firstFailure is not null)
        {
            // MassTransit retries a refused publish on the same channel until the window closes, so a stuck
            // channel mostly shows as batches unconfirmed one after another.
            _unconfirmedInARow = unconfirmed ? _unconfirmedInARow + 1 : 0;
            if (refused || _unconfirmedInARow >= UnconfirmedBeforeRenewal)
            {
                _unconfirmedInARow = 0;
                await connectionRenewal.RenewAsync(cancellationToken);
            }
            throw new InvalidOperationException($"{rows.Count - delivered.Count} of {rows.Count} outbox messages were not confirmed by the broker.", firstFailure);
        }
        _unconfirmedInARow = 0;
        return delivered.Count;
    }

    async Task CleanupDeliveredAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now < _nextCleanup) return;
        _nextCleanup = now.AddHours(1);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var cutoff = now - _options.DeliveredRetention;
        await db.OutboxMessages
            .Where(m => m.DeliveredAt != null && m.DeliveredAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
