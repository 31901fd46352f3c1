using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using NomadPlatform.Approval.Domain;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Metrics;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.UnitTests.Telemetry;

public sealed class PlatformMetricsTests : IDisposable
{
    readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    IMeterFactory Meters => _services.GetRequiredService<IMeterFactory>();

    [Fact]
    public void Stages_and_deadlines_are_named_agency_first_in_lower_case_words()
    {
        Assert.Equal(new CaseStage("approval.awaiting-filing", true), CaseStage.Of("approval", RpApplicationStatus.AwaitingFiling, true));
        Assert.Equal("hub.document-verification", CaseStage.NameOf("hub", ReviewStep.DocumentVerification));
    }

    [Fact]
    public void A_new_record_only_enters_and_a_move_leaves_with_its_time_in_the_stage()
    {
        var metrics = new PlatformMetrics(Meters);
        using var entered = new MetricCollector<long>(Meters, CaseTelemetry.SourceName, "nomad.case.stage.entered");
        using var left = new MetricCollector<long>(Meters, CaseTelemetry.SourceName, "nomad.case.stage.left");
        using var timeInStage = new MetricCollector<double>(Meters, CaseTelemetry.SourceName, "nomad.case.stage.duration");

        metrics.Moved(new StageMove(null, null, "hub.submitted"));
        metrics.Moved(new StageMove("hub.submitted", TimeSpan.FromDays(2), "hub.documents-verified"));

        Assert.Equal(["hub.submitted", "hub.documents-verified"], entered.GetMeasurementSnapshot().Select(m => m.Tags[PlatformMetrics.StageTag]));
        Assert.Equal("hub.submitted", Assert.Single(left.GetMeasurementSnapshot()).Tags[PlatformMetrics.StageTag]);
        Assert.Equal(2 * 86400, Assert.Single(timeInStage.GetMeasurementSnapshot()).Value);
    }

    [Fact]
    public void A_stage_emptied_since_the_last_reading_reports_zero_instead_of_vanishing()
    {
        var metrics = new PlatformMetrics(Meters);
        using var open = new MetricCollector<long>(Meters, CaseTelemetry.SourceName, "nomad.case.count");

        metrics.ObserveOpenCases(new Dictionary<string, long> { ["approval.under-review"] = 4, ["approval.awaiting-filing"] = 1 });
        metrics.ObserveOpenCases(new Dictionary<string, long> { ["approval.under-review"] = 3 });
        open.RecordObservableInstruments();

        var readings = open.GetMeasurementSnapshot().ToDictionary(m => (string)m.Tags[PlatformMetrics.StageTag]!, m => m.Value);
        Assert.Equal(new Dictionary<string, long> { ["approval.under-review"] = 3, ["approval.awaiting-filing"] = 0 }, readings);
    }

    [Fact]
    public void The_outbox_lag_is_never_negative()
    {
        var metrics = new PlatformMetrics(Meters);
        using var lag = new MetricCollector<double>(Meters, CaseTelemetry.SourceName, "nomad.outbox.lag");

        metrics.ObserveOutbox(0, TimeSpan.FromSeconds(-2)); // a message stamped by a clock a little ahead
        lag.RecordObservableInstruments();

        Assert.Equal(0, Assert.Single(lag.GetMeasurementSnapshot()).Value);
    }

    public void Dispose() => _services.Dispose();
}
