using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NomadPlatform.Calendar;
using NomadPlatform.Contracts.Operations;
using NomadPlatform.Infrastructure.Metrics;
using NomadPlatform.Infrastructure.Outbox;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Risk;
using NomadPlatform.IntegrationTests.Fixtures;
using NomadPlatform.IntegrationTests.Persistence;
using NomadPlatform.PscIssuance.Domain;

namespace NomadPlatform.IntegrationTests.Risk;

/// <summary>
/// The watcher's look on a real database: a case with no progress for half its stage's time is raised once
/// (its CaseAtRisk in the outbox) and cleared when it moves on; a failed message about a case is raised
/// while it waits in the error queue and cleared once it is gone.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class CaseRiskScanTests(PostgresServer postgres)
{
    const string Taken = "psc.documents-taken";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_stalled_stage_and_a_failed_message_are_raised_once_and_cleared_when_their_cause_is_gone(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 4, 0, 0, TimeSpan.Zero));
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new PlatformMetrics(services.GetRequiredService<IMeterFactory>());
        var connection = ProviderContexts.NewDatabase(provider, postgres, "risks");
        await using var db = ProviderContexts.Create("PscIssuance", provider, connection, clock, new CaseStageInterceptor(metrics, clock));
        await db.Database.MigrateAsync();
        // Two calendar days for the stage: at risk after one without progress.
        var deadlines = new StageDeadlines(new Dictionary<string, StageDeadline> { [Taken] = new(2, BusinessDays: false, "the test's deadline") });
        var scan = new CaseRiskScan(db, deadlines, KazakhstanCalendar.Load(), "PscIssuance", share: 0.5);
        var submission = DocumentSubmission.Take(Guid.NewGuid(), "791028302728", "PSC-AST-01", DocumentSubmission.Required.ToList(),
            new DateOnly(2033, 1, 1), "Astana, Risk Street 1", "850101300011", clock.GetUtcNow());
        db.Add(submission);
        await db.SaveChangesAsync();

        clock.Advance(TimeSpan.FromHours(23));
        Assert.Empty((await scan.RunAsync([], clock.GetUtcNow(), CancellationToken.None)).Open);
        clock.Advance(TimeSpan.FromHours(2));
        var (open, raised) = await scan.RunAsync([], clock.GetUtcNow(), CancellationToken.None);
        var stalled = Assert.Single(raised);
        Assert.Equal((submission.CaseId, CaseRiskKind.StageStalled, Taken), (stalled.CaseId, stalled.Kind, stalled.Subject));
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 4, 0, 0, TimeSpan.Zero), stalled.DueAt);
        Assert.Single(open);
        Assert.Empty((await scan.RunAsync([], clock.GetUtcNow(), CancellationToken.None)).Raised);

        var failedCase = Guid.NewGuid();
        FailedMessage[] failed = [new("psc-issuance-arrival-completed_error", Guid.NewGuid().ToString(), failedCase, "ArrivalCompleted", "CaseRuleViolation: no")];
        (open, raised) = await scan.RunAsync(failed, clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal((failedCase, CaseRiskKind.MessageFailed), (Assert.Single(raised).CaseId, raised[0].Kind));
        Assert.Equal(2, open.Count);

        submission.RecordPermit(clock.GetUtcNow());
        await db.SaveChangesAsync();
        (open, raised) = await scan.RunAsync([], clock.GetUtcNow(), CancellationToken.None);
        Assert.Empty(open);
        Assert.Empty(raised);
        Assert.Equal(2, await db.CaseRisks.CountAsync(r => r.ClearedAt != null));
        var events = await db.OutboxMessages.AsNoTracking().Where(m => m.MessageType == MessageSerializer.TypeName(typeof(CaseAtRisk))).ToListAsync();
        Assert.Equal(2, events.Count);
    }
}
