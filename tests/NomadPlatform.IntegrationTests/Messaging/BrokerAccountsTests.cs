using System.Collections.Concurrent;
using MassTransit;
using NomadPlatform.Contracts.PscIssuance;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;
using NomadPlatform.IntegrationTests.TestService;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace NomadPlatform.IntegrationTests.Messaging;

/// <summary>
/// The broker's accounts as the AppHost defines them, on a real RabbitMQ: no guest; an agency may
/// publish only its own event types (the broker refuses the rest); and a consumer takes an agency's
/// event only with that agency's validated user-id, refusing any other into the error queue.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class BrokerAccountsTests(RabbitMqServer rabbit)
{
    const string PermitExchange = "NomadPlatform.Contracts.PscIssuance:ResidencePermitIssued";

    [Fact]
    public async Task Guest_cannot_connect()
    {
        var port = new Uri(rabbit.ConnectionString).Port;
        var guest = new ConnectionFactory { Uri = new Uri($"amqp://guest:guest@localhost:{port}") };

        await Assert.ThrowsAsync<BrokerUnreachableException>(async () => await guest.CreateConnectionAsync());
    }

    [Fact]
    public async Task An_agencys_account_publishing_another_agencys_event_type_is_refused_by_the_broker()
    {
        var refused = await PublishAsAsync(rabbit.ConnectionStringFor("approval"), "approval");
        var partner = await PublishAsAsync(rabbit.PartnerConnectionString, rabbit.Partner.User);
        var owner = await PublishAsAsync(rabbit.ConnectionStringFor("pscissuance"), "pscissuance");

        Assert.Equal<ushort?>(403, refused?.ReplyCode);
        Assert.Contains("ACCESS_REFUSED", refused?.ReplyText);
        Assert.Equal<ushort?>(403, partner?.ReplyCode);
        Assert.Null(owner);
    }

    [Fact]
    public async Task An_agencys_account_may_publish_masstransits_fault_events_so_a_consumers_failure_never_closes_its_channel()
    {
        Assert.Null(await PublishAsAsync(rabbit.ConnectionStringFor("approval"), "approval", "MassTransit:ReceiveFault"));
        Assert.Null(await PublishAsAsync(rabbit.ConnectionStringFor("approval"), "approval", "MassTransit:Fault--NomadPlatform.Contracts.HubIntake:EndorsementIssued--"));
        var other = await Assert.ThrowsAsync<OperationInterruptedException>(() => PublishAsAsync(rabbit.ConnectionStringFor("approval"), "approval", "MassTransit:Other"));
        Assert.Equal<ushort?>(403, other.ShutdownReason?.ReplyCode);
    }

    [Fact]
    public async Task A_consumer_takes_an_event_from_its_owning_agency_and_refuses_one_with_another_origin_into_the_error_queue()
    {
        var service = $"t{Guid.NewGuid():N}"[..12];
        var database = $"Data Source={Path.Combine(Path.GetTempPath(), $"nomad-test-{Guid.NewGuid():N}.db")}";
        var host = new TestServiceHost(DatabaseProvider.Sqlite, database, rabbit.ConnectionString, service)
        {
            AddConsumers = bus => bus.AddConsumer<PermitProbe>(),
        };
        var genuine = Permit();
        var forged = Permit();

        await using (await host.StartAsync())
        {
            await PublishThroughBusAsync(rabbit.ConnectionStringFor("pscissuance"), "psc-issuance", genuine, "pscissuance");
            await PublishThroughBusAsync(rabbit.ConnectionString, "operator", forged, userId: null);
            await Eventually.HoldsAsync(() => Task.FromResult(PermitProbe.Received.ContainsKey(genuine.CaseId)), received => received);
            var fault = await Eventually.HoldsAsync(() => ErrorQueue.PeekFaultAsync(rabbit, $"{service}-permit-probe_error"), reason => reason is not null);

            Assert.Contains("is an event of 'pscissuance'", fault);
            Assert.Contains("refused", fault);
            Assert.False(PermitProbe.Received.ContainsKey(forged.CaseId));
        }
    }

    [Fact]
    public async Task An_agency_that_fails_on_another_agencys_event_moves_it_to_its_error_queue_under_its_own_account_and_goes_on()
    {
        // RabbitMQ refuses a moved copy that keeps the publisher's user-id; the move names the consumer's own account.
        var service = $"hub-intake-{Guid.NewGuid():N}"[..24];
        var database = $"Data Source={Path.Combine(Path.GetTempPath(), $"nomad-test-{Guid.NewGuid():N}.db")}";
        var host = new TestServiceHost(DatabaseProvider.Sqlite, database, rabbit.ConnectionStringFor("hubintake"), service)
        {
            TestConsumers = false,
            AddConsumers = bus => bus.AddConsumer<FailingPermitProbe>(),
        };
        var failing = Permit() with { PermitNumber = FailingPermitProbe.Fails };
        var next = Permit();

        await using (await host.StartAsync())
        {
            await PublishThroughBusAsync(rabbit.ConnectionStringFor("pscissuance"), "psc-issuance", failing, "pscissuance");
            var fault = await Eventually.HoldsAsync(() => ErrorQueue.PeekFaultAsync(rabbit, $"{service}-failing-permit-probe_error"), reason => reason is not null, TimeSpan.FromSeconds(30));
            await PublishThroughBusAsync(rabbit.ConnectionStringFor("pscissuance"), "psc-issuance", next, "pscissuance");
            await Eventually.HoldsAsync(() => Task.FromResult(FailingPermitProbe.Received.ContainsKey(next.CaseId)), received => received);

            Assert.Contains("the permit register is down", fault);
            Assert.True(FailingPermitProbe.Attempts[failing.CaseId] >= 3, "retried and redelivered before the error queue");
        }
    }

    static async Task<ShutdownEventArgs?> PublishAsAsync(string connectionString, string user, string exchange = PermitExchange)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        try
        {
            await channel.BasicPublishAsync(exchange, "", mandatory: false, new BasicProperties { UserId = user }, "{}"u8.ToArray());
        }
        catch (Exception exception) when (exception is AlreadyClosedException or RabbitMQ.Client.Exceptions.PublishException or OperationInterruptedException)
        {
        }
        await Task.Delay(300);
        return channel.CloseReason;
    }

    /// <summary>Publishes as MassTransit does, from <paramref name="connection"/>'s account, naming <paramref name="userId"/> (or no one).</summary>
    static async Task PublishThroughBusAsync(string connection, string prefix, ResidencePermitIssued permit, string? userId)
    {
        var address = NomadPlatform.Infrastructure.Messaging.BrokerAddress.Parse(connection);
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(address.Host, address.Port, address.VirtualHost, h =>
            {
                h.Username(address.Username);
                h.Password(address.Password);
            });
            cfg.OverrideDefaultBusEndpointQueueName($"{prefix}-bus-{Guid.NewGuid():N}");
        });
        await bus.StartAsync();
        try
        {
            await bus.Publish(permit, context =>
            {
                if (userId is not null && context.TryGetPayload<RabbitMqSendContext>(out var send)) send.BasicProperties.UserId = userId;
            });
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    static ResidencePermitIssued Permit() => new()
    {
        CaseId = Guid.NewGuid(),
        Iin = "840315300017",
        PermitNumber = $"RP-{Guid.NewGuid():N}"[..12],
        ValidFrom = new DateOnly(2026, 12, 3),
        ValidUntil = new DateOnly(2036, 12, 2),
        OccurredAt = DateTimeOffset.UtcNow,
    };

    public sealed class FailingPermitProbe : IConsumer<ResidencePermitIssued>
    {
        public const string Fails = "RP-FAILS";
        public static readonly ConcurrentDictionary<Guid, bool> Received = new();
        public static readonly ConcurrentDictionary<Guid, int> Attempts = new();

        public Task Consume(ConsumeContext<ResidencePermitIssued> context)
        {
            Attempts.AddOrUpdate(context.Message.CaseId, 1, (_, n) => n + 1);
            if (context.Message.PermitNumber == Fails) throw new InvalidOperationException("the permit register is down");
            Received[context.Message.CaseId] = true;
            return Task.CompletedTask;
        }
    }

    public sealed class PermitProbe : IConsumer<ResidencePermitIssued>
    {
        public static readonly ConcurrentDictionary<Guid, bool> Received = new();

        public Task Consume(ConsumeContext<ResidencePermitIssued> context)
        {
            Received[context.Message.CaseId] = true;
            return Task.CompletedTask;
        }
    }
}
