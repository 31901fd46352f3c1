using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Domain.StateDuty;
using NomadPlatform.Approval.Features.CancelForNoShow;
using NomadPlatform.Approval.Features.RecordPermit;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Approval.Infrastructure.Data;
using NomadPlatform.Arrival.Features.OpenArrivalWindow;
using NomadPlatform.Arrival.Infrastructure;
using NomadPlatform.Contracts.Approval;
using NomadPlatform.Contracts.Arrival;
using NomadPlatform.Contracts.PscIssuance;
using NomadPlatform.Infrastructure.Outbox;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;

namespace NomadPlatform.IntegrationTests.Persistence;

/// <summary>
/// The inbox stops a redelivered message; these are the other copies: the same fact published again
/// under a new message id (a producer retried), and facts arriving before what they follow. Each
/// consumer's handler changes nothing twice, and an early fact is retried until it fits.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class RedeliveredEventTests(PostgresServer postgres)
{
    static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    const string Iin = "791028302728";

    string Connection(DatabaseProvider provider) => ProviderContexts.NewDatabase(provider, postgres, "redelivery");

    static async Task<T> MigratedAsync<T>(string service, DatabaseProvider provider, string connection, TimeProvider clock) where T : ServiceDbContext
    {
        var db = (T)ProviderContexts.Create(service, provider, connection, clock);
        await db.Database.MigrateAsync();
        return db;
    }

    static async Task<Guid> ApprovedApplicationAsync(ApprovalDbContext db, TimeProvider clock)
    {
        var application = RpApplication.Receive(Guid.NewGuid(), Iin, "AH-2026-000001", new DateOnly(2033, 1, 1), clock.GetUtcNow());
        var payment = DutyPayment.Accept(application.CaseId, $"KZ-PAY-{Guid.NewGuid():N}"[..20], 18_165m, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ApprovalData.LoadTariff(), clock.GetUtcNow());
        application.File(new RpApplicationForm("dana@example.org", "+491701234567", "Astana"), payment, new FilingSignature("{}"u8.ToArray(), [1], "01"), clock.GetUtcNow());
        application.Approve("880730300010", clock.GetUtcNow());
        db.RpApplications.Add(application);
        db.DutyPayments.Add(payment);
        await db.SaveChangesAsync();
        return application.CaseId;
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_notification_published_twice_opens_one_arrival_window(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Now);
        await using var db = await MigratedAsync<ArrivalDbContext>("Arrival", provider, Connection(provider), clock);
        var notification = new NotificationIssued
        {
            CaseId = Guid.NewGuid(), Iin = Iin, NotificationNumber = "MS-2026-0001", ValidUntil = Now.AddDays(30),
            PassportExpiresOn = new DateOnly(2033, 1, 1), OccurredAt = Now,
        };
        var handler = new OpenArrivalWindowHandler(db, clock);

        await handler.HandleAsync(notification, CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(1));
        await handler.HandleAsync(notification, CancellationToken.None);

        var arrival = await db.Arrivals.AsNoTracking().SingleAsync(a => a.CaseId == notification.CaseId);
        Assert.Equal(Now, arrival.WindowOpenedAt);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_window_expiry_that_comes_before_the_approval_is_retried_and_applied_once_however_often_it_comes(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Now);
        var connection = Connection(provider);
        await using var db = await MigratedAsync<ApprovalDbContext>("Approval", provider, connection, clock);
        var caseId = Guid.NewGuid();
        ArrivalWindowExpired Expired(Guid id) => new() { CaseId = id, Iin = Iin, WindowClosedAt = Now.AddDays(30), OccurredAt = Now.AddDays(30).AddMinutes(1) };

        // Out of order: no application here yet, so the consumer throws and the broker redelivers later.
        await Assert.ThrowsAsync<InvalidOperationException>(() => new CancelForNoShowHandler(db, clock).HandleAsync(Expired(caseId), CancellationToken.None));

        caseId = await ApprovedApplicationAsync(db, clock);
        clock.Advance(TimeSpan.FromDays(31));
        await using (var first = (ApprovalDbContext)ProviderContexts.Create("Approval", provider, connection, clock))
            await new CancelForNoShowHandler(first, clock).HandleAsync(Expired(caseId), CancellationToken.None);
        await using (var again = (ApprovalDbContext)ProviderContexts.Create("Approval", provider, connection, clock))
            await new CancelForNoShowHandler(again, clock).HandleAsync(Expired(caseId), CancellationToken.None);

        await using var check = (ApprovalDbContext)ProviderContexts.Create("Approval", provider, connection);
        Assert.Equal(RpApplicationStatus.Cancelled, (await check.RpApplications.AsNoTracking().SingleAsync(a => a.CaseId == caseId)).Status);
        Assert.Single(await check.ReapplicationBans.AsNoTracking().Where(b => b.Iin == Iin).ToListAsync());
        var cancelled = MessageSerializer.TypeName(typeof(NomadPlatform.Contracts.Approval.RpApplicationCancelled));
        Assert.Single(await check.OutboxMessages.AsNoTracking().Where(m => m.CaseId == caseId && m.MessageType == cancelled).ToListAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_permit_announced_twice_is_recorded_once_and_one_before_its_application_waits_for_it(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Now);
        var connection = Connection(provider);
        await using var db = await MigratedAsync<ApprovalDbContext>("Approval", provider, connection, clock);
        ResidencePermitIssued Issued(Guid id) => new()
        {
            CaseId = id, Iin = Iin, PermitNumber = "RP-2026-0001", ValidFrom = new DateOnly(2026, 12, 1), ValidUntil = new DateOnly(2033, 1, 1), OccurredAt = Now,
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() => new RecordPermitHandler(db).HandleAsync(Issued(Guid.NewGuid()), CancellationToken.None));

        var caseId = await ApprovedApplicationAsync(db, clock);
        var outboxBefore = await db.OutboxMessages.CountAsync();
        for (var copy = 0; copy < 2; copy++)
        {
            await using var fresh = (ApprovalDbContext)ProviderContexts.Create("Approval", provider, connection, clock);
            await new RecordPermitHandler(fresh).HandleAsync(Issued(caseId), CancellationToken.None);
        }

        await using var check = (ApprovalDbContext)ProviderContexts.Create("Approval", provider, connection);
        Assert.Equal(new DateOnly(2033, 1, 1), (await check.RpApplications.AsNoTracking().SingleAsync(a => a.CaseId == caseId)).PermitValidUntil);
        Assert.Equal(outboxBefore, await check.OutboxMessages.CountAsync());
    }
}
