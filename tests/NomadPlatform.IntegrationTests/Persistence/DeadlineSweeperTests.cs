using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using NomadPlatform.Calendar;
using NomadPlatform.Contracts.HubIntake;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.HubIntake.Features.DeadlineSweep;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;
using NomadPlatform.Infrastructure.Metrics;
using NomadPlatform.Infrastructure.Outbox;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.IntegrationTests.Persistence;

/// <summary>The sweep on a real database: a deadline from Kazakhstan's calendar breaches once the clock passes it, with its event in the outbox.</summary>
[Collection(BrokerCollection.Name)]
public sealed class DeadlineSweeperTests(PostgresServer postgres)
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_document_verification_deadline_across_nauryz_breaches_only_after_it_passes_and_only_once(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.FromHours(5)));
        var connection = ProviderContexts.NewDatabase(provider, postgres, "sweep");
        await using var db = (HubIntakeDbContext)ProviderContexts.Create("HubIntake", provider, connection, clock);
        await db.Database.MigrateAsync();
        var caseId = Guid.NewGuid();
        var due = KazakhstanCalendar.Load().DeadlineAfter(clock.GetUtcNow(), HubReviewDays.DocumentVerification);
        db.Deadlines.Add(ReviewDeadline.Open(caseId, ReviewStep.DocumentVerification, due));
        await db.SaveChangesAsync();
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        using var breaches = new MetricCollector<long>(meters, CaseTelemetry.SourceName, "nomad.case.deadline.breaches");
        var sweeper = new DeadlineSweeper(db, clock, new PlatformMetrics(meters));

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 0, 0, 0, TimeSpan.FromHours(5)), due); // 23-25 March off: the 2nd business day is Friday 27
        // The clock speaks UTC while the deadline was given at +05:00: they must be stored and compared as instants.
        clock.SetUtcNow(due.ToUniversalTime().AddMinutes(-1));
        Assert.Equal(0, await sweeper.SweepAsync(CancellationToken.None));
        clock.SetUtcNow(due.ToUniversalTime().AddMinutes(1));
        Assert.Equal(1, await sweeper.SweepAsync(CancellationToken.None));
        Assert.Equal(0, await sweeper.SweepAsync(CancellationToken.None));
        Assert.Equal("hub.document-verification", Assert.Single(breaches.GetMeasurementSnapshot()).Tags[PlatformMetrics.DeadlineTag]);

        var outbox = await db.OutboxMessages.AsNoTracking().Where(m => m.CaseId == caseId).ToListAsync();
        var row = Assert.Single(outbox);
        Assert.Equal(MessageSerializer.TypeName(typeof(HubReviewDeadlineMissed)), row.MessageType);
    }
}
