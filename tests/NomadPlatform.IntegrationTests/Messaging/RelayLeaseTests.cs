using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NomadPlatform.Infrastructure.Outbox;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;
using NomadPlatform.IntegrationTests.TestService;

namespace NomadPlatform.IntegrationTests.Messaging;

/// <summary>Two or more instances of one service on one database and a real RabbitMQ: one relays at a time, one sweeps at a time.</summary>
public abstract class RelayLeaseTests(RabbitMqServer rabbit)
{
    const string CaseNotedExchange = "NomadPlatform.IntegrationTests.TestService:CaseNoted";

    protected abstract DatabaseProvider Provider { get; }

    protected abstract string NewDatabase();

    TestServiceHost Instance(string serviceName, string database, TimeSpan? leaseDuration = null) =>
        new(Provider, database, rabbit.ConnectionString, serviceName)
        {
            ConfigureServices = services => services.Configure<OutboxRelayOptions>(o =>
            {
                o.LeaseDuration = leaseDuration ?? o.LeaseDuration;
                o.ConfirmTimeout = o.LeaseDuration / 3;
            }),
        };

    static string NewServiceName() => $"t{Guid.NewGuid():N}"[..12];

    [Fact]
    public async Task Two_instances_writing_at_once_publish_every_row_exactly_once()
    {
        var (database, name) = (NewDatabase(), NewServiceName());
        await using var first = await Instance(name, database).StartAsync();
        await using var second = await Instance(name, database).StartAsync();
        await using var tap = await ExchangeTap.OpenAsync(rabbit, CaseNotedExchange);
        var caseIds = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToList();

        await Task.WhenAll(caseIds.Select((id, i) => TestServiceHost.NoteAsync((i % 2 == 0 ? first : second).Services, id, $"note {i}")));

        await Eventually.HoldsAsync(
            () => TestServiceHost.QueryAsync(first.Services, db => db.OutboxMessages.CountAsync(m => m.DeliveredAt == null)),
            undelivered => undelivered == 0);
        await Task.Delay(500); // a second copy from a second relay would have reached the tap by now
        var published = await tap.DrainAsync();
        var messageIds = await TestServiceHost.QueryAsync(first.Services, db => db.OutboxMessages.Select(m => m.MessageId).ToListAsync());
        Assert.Equal(messageIds.Order(), published.Order());
        var lease = await TestServiceHost.QueryAsync(first.Services, db => db.RelayLeases.AsNoTracking().SingleAsync(l => l.Name == RelayLease.Outbox));
        Assert.Equal(1, lease.Epoch);
    }

    [Fact]
    public async Task The_lease_of_an_instance_that_died_is_taken_over_once_it_expires()
    {
        var (database, name) = (NewDatabase(), NewServiceName());
        using (var schema = Instance(name, database).Build())
        {
            await TestServiceHost.CreateSchemaAsync(schema.Services);
            // An instance that died holding the lease: it was renewed a moment ago and will not be again.
            await TestServiceHost.QueryAsync(schema.Services, db =>
            {
                db.RelayLeases.Add(new RelayLease { Name = RelayLease.Outbox, Holder = "dead-host/4242/x", ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(10), Epoch = 7 });
                return db.SaveChangesAsync();
            });
        }
        await using var survivor = await Instance(name, database, TimeSpan.FromSeconds(3)).StartAsync();
        var caseId = Guid.NewGuid();

        await TestServiceHost.NoteAsync(survivor.Services, caseId, "left for the survivor");
        await Task.Delay(1500);
        Assert.Empty(await TestServiceHost.ReceivedAsync(survivor.Services, caseId));

        await Eventually.HoldsAsync(() => TestServiceHost.ReceivedAsync(survivor.Services, caseId), r => r.Count == 1);
        var lease = await TestServiceHost.QueryAsync(survivor.Services, db => db.RelayLeases.AsNoTracking().SingleAsync(l => l.Name == RelayLease.Outbox));
        Assert.NotEqual("dead-host/4242/x", lease.Holder);
        Assert.Equal(8, lease.Epoch);
    }

    [Fact]
    public async Task An_instance_stopping_cleanly_gives_the_lease_back_and_another_relays_at_once()
    {
        var (database, name) = (NewDatabase(), NewServiceName());
        // Long enough that only the lease given back, not its expiry, can explain a quick takeover.
        var leaseDuration = TimeSpan.FromSeconds(60);
        var first = await Instance(name, database, leaseDuration).StartAsync();
        await Eventually.HoldsAsync(() => TestServiceHost.QueryAsync(first.Services, db => db.RelayLeases.CountAsync(l => l.Name == RelayLease.Outbox)), count => count == 1);
        await using var second = await Instance(name, database, leaseDuration).StartAsync();
        await first.DisposeAsync();
        var caseId = Guid.NewGuid();

        await TestServiceHost.NoteAsync(second.Services, caseId, "after the hand-over");

        await Eventually.HoldsAsync(() => TestServiceHost.ReceivedAsync(second.Services, caseId), r => r.Count == 1, TimeSpan.FromSeconds(40));
        Assert.Equal(2, (await TestServiceHost.QueryAsync(second.Services, db => db.RelayLeases.AsNoTracking().SingleAsync(l => l.Name == RelayLease.Outbox))).Epoch);
    }

    [Fact]
    public async Task Of_twins_one_does_single_instance_work_and_the_other_takes_over_once_it_is_given_back()
    {
        var (database, name) = (NewDatabase(), NewServiceName());
        await using var first = await Instance(name, database).StartAsync();
        await using var second = await Instance(name, database).StartAsync();
        static SingleInstanceWork Sweep(IServiceProvider services) =>
            new("test-sweep", TimeSpan.FromMinutes(1), services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);
        var (a, b) = (Sweep(first.Services), Sweep(second.Services));

        var held = await Task.WhenAll(a.HoldAsync(CancellationToken.None), b.HoldAsync(CancellationToken.None));
        Assert.Single(held, h => h);
        var (holder, standby) = held[0] ? (a, b) : (b, a);
        Assert.True(await holder.HoldAsync(CancellationToken.None));
        Assert.False(await standby.HoldAsync(CancellationToken.None));

        await holder.ReleaseAsync();
        Assert.True(await standby.HoldAsync(CancellationToken.None));
        Assert.False(await holder.HoldAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Twins_starting_together_take_turns_at_a_first_start_ceremony()
    {
        var (database, name) = (NewDatabase(), NewServiceName());
        await using var first = await Instance(name, database).StartAsync();
        await using var second = await Instance(name, database).StartAsync();
        var (inside, overlaps, done) = (0, 0, 0);
        Task Ceremony(IServiceProvider services) => SingleInstanceWork.AloneAsync(services, "first-start:test", async _ =>
        {
            if (Interlocked.Increment(ref inside) > 1) Interlocked.Increment(ref overlaps);
            await Task.Delay(300);
            Interlocked.Decrement(ref inside);
            Interlocked.Increment(ref done);
        });

        await Task.WhenAll(Ceremony(first.Services), Ceremony(second.Services), Ceremony(first.Services));

        Assert.Equal((3, 0), (done, overlaps));
    }

    [Fact]
    public async Task Of_two_instances_asking_for_a_free_lease_at_the_same_moment_exactly_one_holds_it()
    {
        using var host = Instance(NewServiceName(), NewDatabase()).Build();
        await TestServiceHost.CreateSchemaAsync(host.Services);
        var now = DateTimeOffset.UtcNow;

        for (var round = 0; round < 5; round++)
        {
            var holders = Enumerable.Range(0, 4).Select(i => $"instance-{round}-{i}").ToList();
            var at = now.AddMinutes(round);
            var held = await Task.WhenAll(holders.Select(async holder =>
            {
                await using var scope = host.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
                return await RelayLeases.TryHoldAsync(db, RelayLease.Outbox, holder, at, at.AddSeconds(30), CancellationToken.None);
            }));
            Assert.Single(held, h => h);
        }
    }
}

[Collection(BrokerCollection.Name)]
public sealed class SqliteRelayLeaseTests(RabbitMqServer rabbit) : RelayLeaseTests(rabbit)
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string NewDatabase() =>
        $"Data Source={Path.Combine(Path.GetTempPath(), $"nomad-test-{Guid.NewGuid():N}.db")}";
}

[Collection(BrokerCollection.Name)]
public sealed class PostgresRelayLeaseTests(RabbitMqServer rabbit, PostgresServer postgres) : RelayLeaseTests(rabbit)
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override string NewDatabase() => postgres.ConnectionStringFor($"nomad_test_{Guid.NewGuid():N}");
}
