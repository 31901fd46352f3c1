using Microsoft.Extensions.DependencyInjection;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Infrastructure.Outbox;

/// <summary>
/// Work that one instance of a service does at a time (a deadline sweep, the risk scan, the webhooks, the
/// first start's ceremonies): before each round it holds a lease in the service's own database, as the
/// outbox relay does. Twins stand by; one takes over once the holder gives the lease back or stops renewing.
/// </summary>
public sealed class SingleInstanceWork(string name, TimeSpan holdFor, IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>This instance's name in the lease (host, process, a random part).</summary>
    public string Holder { get; } = RelayLeases.NewHolder();
    DateTimeOffset _renewAfter = DateTimeOffset.MinValue;

    /// <summary>The lease a service's periodic work holds: three of its rounds, and never under ten seconds.</summary>
    public static TimeSpan HoldForRounds(TimeSpan interval) => interval * 3 > TimeSpan.FromSeconds(10) ? interval * 3 : TimeSpan.FromSeconds(10);

    public bool Holding { get; private set; }

    /// <summary>
    /// True while this instance holds the lease. A holder writes again only once a third of the lease has
    /// passed, so a single instance's rounds cost one conditional write every few rounds.
    /// </summary>
    public async Task<bool> HoldAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (Holding && now < _renewAfter) return true;
        await using var scope = scopes.CreateAsyncScope();
        Holding = await RelayLeases.TryHoldAsync(scope.ServiceProvider.GetRequiredService<ServiceDbContext>(), name, Holder, now, now + holdFor, cancellationToken);
        _renewAfter = now + holdFor / 3;
        return Holding;
    }

    /// <summary>
    /// Gives the lease back (a clean stop, or a ceremony done), so a twin need not wait for it to expire;
    /// one that cannot be given back (the database is gone) expires on its own.
    /// </summary>
    public async Task ReleaseAsync()
    {
        if (!Holding) return;
        Holding = false;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await using var scope = scopes.CreateAsyncScope();
            await RelayLeases.ReleaseAsync(scope.ServiceProvider.GetRequiredService<ServiceDbContext>(), name, Holder, time.GetUtcNow(), timeout.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or System.Data.Common.DbException or InvalidOperationException)
        {
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> once this instance holds <paramref name="name"/>, waiting for a twin doing
    /// the same to finish (the first start's ceremonies: each checks what exists, so the second finds the first's).
    /// </summary>
    public static async Task AloneAsync(IServiceProvider services, string name, Func<IServiceProvider, Task> work, CancellationToken cancellationToken = default)
    {
        var lease = new SingleInstanceWork(name, TimeSpan.FromMinutes(2), services.GetRequiredService<IServiceScopeFactory>(),
            services.GetRequiredService<TimeProvider>());
        while (!await lease.HoldAsync(cancellationToken))
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        try
        {
            await work(services);
        }
        finally
        {
            await lease.ReleaseAsync();
        }
    }
}
