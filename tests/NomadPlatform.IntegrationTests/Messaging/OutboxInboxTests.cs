using NomadPlatform.Infrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NomadPlatform.Infrastructure.Outbox;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;
using NomadPlatform.IntegrationTests.TestService;

namespace NomadPlatform.IntegrationTests.Messaging;

/// <summary>The outbox and inbox on a real database and a real RabbitMQ; run once per provider.</summary>
public abstract class OutboxInboxTests(RabbitMqServer rabbit)
{
    protected abstract DatabaseProvider Provider { get; }

    protected abstract string NewDatabase();

    TestServiceHost NewService(string? database = null) =>
        new(Provider, database ?? NewDatabase(), rabbit.ConnectionString, $"t{Guid.NewGuid():N}"[..12]);

    [Fact]
    public async Task A_committed_event_is_published_with_the_outbox_message_id_and_marked_delivered()
    {
        await using var host = await NewService().StartAsync();
        var caseId = Guid.NewGuid();

        await TestServiceHost.NoteAsync(host.Services, caseId, "documents verified");

        var received = await Eventually.HoldsAsync(() => TestServiceHost.ReceivedAsync(host.Services, caseId), r => r.Count == 1);
        var row = await Eventually.HoldsAsync(
            () => TestServiceHost.QueryAsync(host.Services, db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.CaseId == caseId)),
            m => m.DeliveredAt is not null);
        Assert.Equal(row.MessageId, received[0].MessageId);
        Assert.Equal("documents verified", received[0].Note);
    }

    [Fact]
    public async Task Of_two_changes_made_at_once_from_one_state_one_is_saved_and_the_other_fails_whole_with_its_events()
    {
        using var host = NewService().Build();
        await TestServiceHost.CreateSchemaAsync(host.Services);
        var caseId = Guid.NewGuid();
        await TestServiceHost.NoteAsync(host.Services, caseId, "opened");

        // Two officers (two requests, or two instances of the service) read the same state and change it.
        await using var first = host.Services.CreateAsyncScope();
        await using var second = host.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<TestDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<TestDbContext>();
        var byFirst = await firstDb.CaseFiles.SingleAsync(f => f.CaseId == caseId);
        var bySecond = await secondDb.CaseFiles.SingleAsync(f => f.CaseId == caseId);
        byFirst.Note("verified by the first officer", DateTimeOffset.UtcNow);
        bySecond.Note("verified by the second officer", DateTimeOffset.UtcNow);

        await firstDb.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondDb.SaveChangesAsync());

        var saved = await TestServiceHost.QueryAsync(host.Services, db => db.CaseFiles.AsNoTracking().SingleAsync(f => f.CaseId == caseId));
        Assert.Equal((2, 1L), (saved.Notes, saved.Version)); // counted from the first save
        var events = await TestServiceHost.QueryAsync(host.Services, db => db.OutboxMessages.AsNoTracking().Where(m => m.CaseId == caseId).Select(m => m.Body).ToListAsync());
        Assert.Equal(2, events.Count);
        Assert.DoesNotContain(events, body => body.Contains("second officer"));
    }

    [Fact]
    public async Task Rows_committed_before_the_process_died_are_published_after_restart()
    {
        var service = NewService();
        var caseId = Guid.NewGuid();
        using (var crashed = service.Build())
        {
            // The state change commits, but the process dies before its relay ever runs.
            await TestServiceHost.CreateSchemaAsync(crashed.Services);
            await TestServiceHost.NoteAsync(crashed.Services, caseId, "interview held");
            await TestServiceHost.NoteAsync(crashed.Services, caseId, "endorsement issued");
        }

        await using var restarted = new RunningHost(service.Build());
        await restarted.Host.StartAsync();

        var received = await Eventually.HoldsAsync(() => TestServiceHost.ReceivedAsync(restarted.Services, caseId), r => r.Count == 2);
        // Consumers run concurrently, so only the set is fixed, not the order of arrival.
        Assert.Equal(["endorsement issued", "interview held"], received.Select(r => r.Note).Order());
        // Marked delivered once the broker confirmed, which may come just after the consumer already has them.
        await Eventually.HoldsAsync(
            () => TestServiceHost.QueryAsync(restarted.Services, db => db.OutboxMessages.CountAsync(m => m.DeliveredAt == null)),
            undelivered => undelivered == 0);
    }

    [Fact]
    public async Task A_redelivered_message_changes_nothing_twice()
    {
        await using var host = await NewService().StartAsync();
        var bus = host.Services.GetRequiredService<IBus>();
        var caseId = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        var message = new CaseNoted { CaseId = caseId, Note = "once", OccurredAt = DateTimeOffset.UtcNow };

        await bus.Publish(message, c => c.MessageId = messageId);
        await Eventually.HoldsAsync(() => TestServiceHost.ReceivedAsync(host.Services, caseId), r => r.Count == 1);
        await bus.Publish(message, c => c.MessageId = messageId);
        await bus.Publish(message with { Note = "a different message" });
        await Eventually.HoldsAsync(() => TestServiceHost.ReceivedAsync(host.Services, caseId), r => r.Count == 2);

        await Task.Delay(500); // a late duplicate would have landed by now
        var received = await TestServiceHost.ReceivedAsync(host.Services, caseId);
        Assert.Single(received, r => r.MessageId == messageId);
        Assert.Equal(2, received.Count);
    }

    [Fact]
    public async Task A_publish_the_broker_never_confirms_times_out_and_its_row_stays_for_the_next_round()
    {
        using var host = NewService().Build();
        await TestServiceHost.CreateSchemaAsync(host.Services);
        var caseId = Guid.NewGuid();
        await TestServiceHost.NoteAsync(host.Services, caseId, "approved");
        // As RabbitMQ.Client 7 can leave a publish in flight across a broker restart: never confirmed, never failed.
        var relay = new OutboxRelay<TestDbContext>(host.Services.GetRequiredService<IServiceScopeFactory>(), UnconfirmingBus.Create(),
            host.Services.GetRequiredService<BrokerAddress>(), host.Services.GetRequiredService<BrokerConnectionRenewal>(), new OutboxSignal(), TimeProvider.System, Options.Create(new OutboxRelayOptions { ConfirmTimeout = TimeSpan.FromMilliseconds(300) }),
            NullLogger<OutboxRelay<TestDbContext>>.Instance);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => relay.RelayBatchAsync(CancellationToken.None));

        Assert.IsType<TimeoutException>(failure.InnerException);
        Assert.Equal(1, await TestServiceHost.QueryAsync(host.Services, db => db.OutboxMessages.CountAsync(m => m.CaseId == caseId && m.DeliveredAt == null)));
    }

    [Fact]
    public async Task A_row_published_again_after_a_crash_before_marking_is_recognised_by_the_inbox()
    {
        await using var host = await NewService().StartAsync();
        var caseId = Guid.NewGuid();
        await TestServiceHost.NoteAsync(host.Services, caseId, "approved");
        await Eventually.HoldsAsync(() => TestServiceHost.ReceivedAsync(host.Services, caseId), r => r.Count == 1);

        // As if the process had died after the broker confirmed but before the row was marked.
        await TestServiceHost.QueryAsync(host.Services, db => db.OutboxMessages
            .Where(m => m.CaseId == caseId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, (DateTimeOffset?)null)));
        await Eventually.HoldsAsync(
            () => TestServiceHost.QueryAsync(host.Services, db => db.OutboxMessages.CountAsync(m => m.CaseId == caseId && m.DeliveredAt == null)),
            undelivered => undelivered == 0);

        await Task.Delay(500);
        Assert.Single(await TestServiceHost.ReceivedAsync(host.Services, caseId));
    }

    [Fact]
    public async Task A_consumer_failing_past_its_immediate_retries_gets_the_message_again_after_a_delay()
    {
        var service = NewService();
        await using var host = await service.StartAsync();
        var bus = host.Services.GetRequiredService<IBus>();
        var caseId = Guid.NewGuid();

        // Three attempts per delivery (one try, two immediate retries): the fifth attempt is the second redelivery's second.
        await bus.Publish(new FlakyNote(caseId, FailuresBeforeSuccess: 7));

        var received = await Eventually.HoldsAsync(() => TestServiceHost.ReceivedAsync(host.Services, caseId), r => r.Count == 1);
        Assert.Equal("after 8 attempts", received[0].Note);
        Assert.Null(await ErrorQueue.PeekFaultAsync(rabbit, $"{service.ServiceName}-flaky-note_error"));
    }

    [Fact]
    public async Task A_message_that_always_fails_lands_in_the_error_queue_with_its_reason_and_consuming_goes_on()
    {
        var service = NewService();
        await using var host = await service.StartAsync();
        var bus = host.Services.GetRequiredService<IBus>();
        var caseId = Guid.NewGuid();

        await bus.Publish(new PoisonPill(caseId, "malformed endorsement"));
        await TestServiceHost.NoteAsync(host.Services, caseId, "still consuming");

        await Eventually.HoldsAsync(() => TestServiceHost.ReceivedAsync(host.Services, caseId), r => r.Count == 1);
        var fault = await Eventually.HoldsAsync(() => ErrorQueue.PeekFaultAsync(rabbit, $"{service.ServiceName}-poison-pill_error"), f => f is not null);
        Assert.Contains("malformed endorsement", fault);
        Assert.Contains(caseId.ToString(), fault);
    }
}
