using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.Infrastructure.Metrics;

/// <summary>
/// The platform's own instruments on the <c>NomadPlatform</c> meter, named and measured as OpenTelemetry's
/// semantic conventions ask (dotted lower-case names, UCUM units, <c>error.type</c>,
/// <c>messaging.destination.name</c>). Counters move as things happen; the gauges report what
/// <see cref="ServiceGauges"/> and <see cref="ErrorQueueGauges"/> last read.
/// </summary>
public sealed class PlatformMetrics
{
    public const string StageTag = "nomad.case.stage";
    public const string DeadlineTag = "nomad.deadline.kind";
    public const string GrantTag = "nomad.signin.grant";
    public const string QueueTag = "messaging.destination.name";
    public const string ErrorTag = "error.type";
    public const string RiskTag = "nomad.risk.kind";

    const double Hour = 3600, Day = 24 * Hour;

    // From a minute (a step done at once) to three months (the whole process's average).
    static readonly double[] StageSeconds =
        [60, 600, Hour, 4 * Hour, 12 * Hour, Day, 2 * Day, 3 * Day, 5 * Day, 7 * Day, 10 * Day, 14 * Day, 21 * Day, 30 * Day, 45 * Day, 60 * Day, 90 * Day];

    readonly Counter<long> _entered;
    readonly Counter<long> _left;
    readonly Histogram<double> _timeInStage;
    readonly Counter<long> _breaches;
    readonly Counter<long> _consumerFailures;
    readonly Counter<long> _signInFailures;
    readonly ConcurrentDictionary<string, long> _openCases = new();
    readonly ConcurrentDictionary<string, long> _errorQueueDepth = new();
    readonly ConcurrentDictionary<string, long> _atRisk = new();
    readonly Counter<long> _risksRaised;
    long _outboxPending;
    double _outboxLagSeconds;

    public PlatformMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(CaseTelemetry.SourceName);
        _entered = meter.CreateCounter<long>("nomad.case.stage.entered", "{case}", "Cases that entered a stage at this agency.");
        _left = meter.CreateCounter<long>("nomad.case.stage.left", "{case}", "Cases that left a stage at this agency for the next.");
        _timeInStage = meter.CreateHistogram("nomad.case.stage.duration", "s", "Time a case spent in a stage, recorded when it left.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = StageSeconds });
        _breaches = meter.CreateCounter<long>("nomad.case.deadline.breaches", "{deadline}", "Legal deadlines that passed unmet, by kind.");
        _consumerFailures = meter.CreateCounter<long>("nomad.messaging.consumer.failures", "{message}",
            "Messages a consumer failed on after every retry and redelivery, moved to the error queue.");
        _signInFailures = meter.CreateCounter<long>("nomad.signin.failures", "{attempt}", "Token requests refused, by grant and OAuth error.");
        meter.CreateObservableUpDownCounter("nomad.case.count", () => Readings(_openCases, StageTag), "{case}", "Cases open at this agency, by stage.");
        meter.CreateObservableUpDownCounter("nomad.outbox.pending", () => Volatile.Read(ref _outboxPending), "{message}",
            "Messages committed with their state and not yet published.");
        meter.CreateObservableGauge("nomad.outbox.lag", () => Volatile.Read(ref _outboxLagSeconds), "s",
            "Age of the oldest message not yet published (0 when none waits).");
        _risksRaised = meter.CreateCounter<long>("nomad.case.at_risk.raised", "{case}", "Cases found at risk of missing a legal deadline, by kind.");
        meter.CreateObservableUpDownCounter("nomad.case.at_risk", () => Readings(_atRisk, RiskTag), "{case}",
            "Cases at risk now at this agency, by kind (stage-stalled, message-failed).");
        meter.CreateObservableUpDownCounter("nomad.messaging.error_queue.depth", () => Readings(_errorQueueDepth, QueueTag), "{message}",
            "Messages waiting in this service's error queues for an operator.");
    }

    public void Moved(StageMove move)
    {
        _entered.Add(1, new KeyValuePair<string, object?>(StageTag, move.To));
        if (move.From is null) return;
        var from = new KeyValuePair<string, object?>(StageTag, move.From);
        _left.Add(1, from);
        if (move.TimeIn is { } timeIn) _timeInStage.Record(Math.Max(0, timeIn.TotalSeconds), from);
    }

    public void DeadlineBreached(string kind) => _breaches.Add(1, new KeyValuePair<string, object?>(DeadlineTag, kind));

    public void ConsumerFailed(string queue, string errorType) =>
        _consumerFailures.Add(1, new(QueueTag, queue), new(ErrorTag, errorType));

    public void SignInRefused(string? grant, string error) =>
        _signInFailures.Add(1, new(GrantTag, grant ?? "none"), new(ErrorTag, error));

    /// <summary>Stages read before and absent now report 0, so a stage emptied shows as empty, not as gone.</summary>
    public void ObserveOpenCases(IReadOnlyDictionary<string, long> byStage) => Replace(_openCases, byStage);

    public void ObserveOutbox(long pending, TimeSpan oldest)
    {
        Volatile.Write(ref _outboxPending, pending);
        Volatile.Write(ref _outboxLagSeconds, Math.Max(0, oldest.TotalSeconds));
    }

    public void RiskRaised(string kind) => _risksRaised.Add(1, new KeyValuePair<string, object?>(RiskTag, kind));

    public void ObserveRisks(IReadOnlyDictionary<string, long> byKind) => Replace(_atRisk, byKind);

    public void ObserveErrorQueues(IReadOnlyDictionary<string, long> byQueue) => Replace(_errorQueueDepth, byQueue);

    static void Replace(ConcurrentDictionary<string, long> readings, IReadOnlyDictionary<string, long> latest)
    {
        foreach (var key in readings.Keys) readings[key] = latest.GetValueOrDefault(key);
        foreach (var (key, value) in latest) readings[key] = value;
    }

    static IEnumerable<Measurement<long>> Readings(ConcurrentDictionary<string, long> readings, string tag) =>
        readings.Select(r => new Measurement<long>(r.Value, new KeyValuePair<string, object?>(tag, r.Key)));
}
