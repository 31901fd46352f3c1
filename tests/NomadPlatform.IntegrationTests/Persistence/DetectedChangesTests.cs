using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Time.Testing;
using NomadPlatform.Infrastructure.Audit;
using NomadPlatform.Infrastructure.Metrics;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;
using NomadPlatform.PscIssuance.Domain;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.IntegrationTests.Persistence;

/// <summary>
/// A save with the service's interceptors (outbox, audit, stage) scans the tracked entities twice, once
/// before the interceptors and once in EF's own save, and each interceptor still sees every change:
/// the stage moves, the audit names the changed fields, the version goes up and is stored.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class DetectedChangesTests(PostgresServer postgres)
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_save_detects_changes_twice_and_every_interceptor_sees_them(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 4, 0, 0, TimeSpan.Zero));
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        using var entered = new MetricCollector<long>(meters, CaseTelemetry.SourceName, "nomad.case.stage.entered");
        var configuration = new ConfigurationBuilder().Build();
        var audit = new AuditInterceptor(new HttpContextAccessor(), new HostingEnvironment { ApplicationName = "pscissuance" }, clock,
            new PersonTelemetry(configuration), configuration);
        var connection = ProviderContexts.NewDatabase(provider, postgres, "detected");
        await using var db = ProviderContexts.Create("PscIssuance", provider, connection, clock, audit, new CaseStageInterceptor(new PlatformMetrics(meters), clock));
        await db.Database.MigrateAsync();
        var scans = 0;
        db.ChangeTracker.DetectingAllChanges += (_, _) => scans++;

        var submission = DocumentSubmission.Take(Guid.NewGuid(), "791028302728", "PSC-AST-01", DocumentSubmission.Required.ToList(),
            new DateOnly(2033, 1, 1), "Astana, Detected Street 1", "850101300011", clock.GetUtcNow());
        db.Add(submission);
        await db.SaveChangesAsync();
        var scansToAdd = scans;
        var versionAdded = submission.Version;

        scans = 0;
        clock.Advance(TimeSpan.FromHours(1));
        submission.RecordPermit(clock.GetUtcNow()); // changed by the domain alone: nothing marked it modified
        await db.SaveChangesAsync();

        Assert.Equal(2, scansToAdd);
        Assert.Equal(2, scans);
        Assert.Equal(["psc.documents-taken", "psc.permit-issued"], entered.GetMeasurementSnapshot().Select(m => (string)m.Tags[PlatformMetrics.StageTag]!));
        var written = await db.AuditLog.AsNoTracking().Where(e => e.CaseId == submission.CaseId).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["write:added", "write:changed"], written.Select(e => e.Action));
        Assert.StartsWith($"{nameof(DocumentSubmission)}: ", written[1].What);
        Assert.DoesNotContain("Version", written[1].What);
        Assert.Equal(versionAdded + 1, submission.Version); // the outbox interceptor's optimistic version
        db.ChangeTracker.Clear();
        Assert.Equal(submission.Version, (await db.Set<DocumentSubmission>().SingleAsync()).Version);
    }
}
