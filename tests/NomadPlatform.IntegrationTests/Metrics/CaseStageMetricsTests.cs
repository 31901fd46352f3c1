using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using NomadPlatform.Infrastructure.Metrics;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;
using NomadPlatform.IntegrationTests.Persistence;
using NomadPlatform.PscIssuance.Domain;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.IntegrationTests.Metrics;

/// <summary>
/// A case's stage moves on a real database: counted once committed, with the time spent in the stage left,
/// nothing counted for a save rolled back; the cases open per stage read from the stage columns.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class CaseStageMetricsTests(PostgresServer postgres)
{
    const string Taken = "psc.documents-taken";
    const string Issued = "psc.permit-issued";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_stage_move_counts_once_committed_with_its_time_in_the_stage_and_open_cases_follow_it(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 4, 0, 0, TimeSpan.Zero));
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        var metrics = new PlatformMetrics(meters);
        using var entered = new MetricCollector<long>(meters, CaseTelemetry.SourceName, "nomad.case.stage.entered");
        using var left = new MetricCollector<long>(meters, CaseTelemetry.SourceName, "nomad.case.stage.left");
        using var timeInStage = new MetricCollector<double>(meters, CaseTelemetry.SourceName, "nomad.case.stage.duration");
        var connection = ProviderContexts.NewDatabase(provider, postgres, "stages");
        await using var db = ProviderContexts.Create("PscIssuance", provider, connection, clock, new CaseStageInterceptor(metrics, clock));
        await db.Database.MigrateAsync();

        var submission = Take(clock);
        db.Add(submission);
        await db.SaveChangesAsync();
        Assert.Equal([(Taken, 1L)], Counted(entered));
        Assert.Equal(new Dictionary<string, long> { [Taken] = 1 }, await CaseCensus.OpenByStageAsync(db, CancellationToken.None));

        clock.Advance(TimeSpan.FromHours(3));
        submission.RecordPermit(clock.GetUtcNow());
        await db.SaveChangesAsync();
        Assert.Equal([(Taken, 1L), (Issued, 1L)], Counted(entered));
        Assert.Equal([(Taken, 1L)], Counted(left));
        var time = Assert.Single(timeInStage.GetMeasurementSnapshot());
        Assert.Equal(3 * 3600, time.Value);
        Assert.Equal(Taken, time.Tags[PlatformMetrics.StageTag]);
        Assert.Empty(await CaseCensus.OpenByStageAsync(db, CancellationToken.None));

        // Saved inside a transaction: nothing counts before the commit, nothing at all after a rollback.
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Add(Take(clock));
            await db.SaveChangesAsync();
            Assert.Equal(2, entered.GetMeasurementSnapshot().Count);
            await transaction.RollbackAsync();
        }
        db.ChangeTracker.Clear();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Add(Take(clock));
            await db.SaveChangesAsync();
            Assert.Equal(2, entered.GetMeasurementSnapshot().Count);
            await transaction.CommitAsync();
        }
        Assert.Equal([(Taken, 1L), (Issued, 1L), (Taken, 1L)], Counted(entered));
        Assert.Equal(new Dictionary<string, long> { [Taken] = 1 }, await CaseCensus.OpenByStageAsync(db, CancellationToken.None));
    }

    static DocumentSubmission Take(TimeProvider clock) => DocumentSubmission.Take(Guid.NewGuid(), "791028302728", "PSC-AST-01",
        DocumentSubmission.Required.ToList(), new DateOnly(2033, 1, 1), "Astana, Stage Street 1", "850101300011", clock.GetUtcNow());

    static List<(string, long)> Counted(MetricCollector<long> collector) =>
        collector.GetMeasurementSnapshot().Select(m => ((string)m.Tags[PlatformMetrics.StageTag]!, m.Value)).ToList();
}
