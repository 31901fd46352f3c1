using System.Net;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// The case metrics as an agency's Prometheus reads them from <c>/metrics</c> (the dashboard gets the same
/// over OTLP): after N cases, every stage on their way counts N entries, N exits and N times in stage;
/// the gauges report open cases, the outbox and the error queues; a refused sign-in is counted.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseMetricsTests(PlatformFixture platform)
{
    const int Cases = 3;

    static readonly (string Service, string[] Stages)[] Way =
    [
        ("hubintake", ["hub.submitted", "hub.documents-verified", "hub.interview-scheduled", "hub.interviewed", "hub.endorsed"]),
        ("approval", ["approval.awaiting-filing", "approval.under-review", "approval.approved"]),
        ("arrival", ["arrival.awaiting-arrival", "arrival.completed"]),
        ("pscissuance", ["psc.documents-taken", "psc.permit-issued"]),
    ];

    const string Entered = "nomad_case_stage_entered_total";
    const string Left = "nomad_case_stage_left_total";
    const string TimesInStage = "nomad_case_stage_duration_seconds_count";
    const string StageLabel = "nomad_case_stage";

    [Fact]
    public async Task After_n_cases_each_stage_on_their_way_counts_n_entries_n_exits_and_n_times_in_stage()
    {
        using var observer = new CaseJourney(platform);
        var operators = new Dictionary<string, SignedInUser>();
        foreach (var (service, _) in Way) operators[service] = await observer.OfficerAsync(service, "Operator");
        var before = await SettledAsync(observer, operators);

        for (var n = 0; n < Cases; n++)
        {
            using var journey = new CaseJourney(platform);
            await journey.RunToPermitAsync($"Q{Guid.NewGuid():N}"[..9], platform.Today.AddYears(7), $"Astana, Metric Street {n + 1}");
        }

        var after = await ScrapeUntilAsync(observer, operators, scrapes => Deltas(before, scrapes).All(d => d.Entered >= Cases));
        foreach (var delta in Deltas(before, after))
        {
            Assert.True(delta.Entered == Cases, $"{delta.Stage}: {delta.Entered} entries, {Cases} expected");
            var last = Way.Single(w => w.Stages.Contains(delta.Stage)).Stages[^1] == delta.Stage;
            // A case leaves every stage on its way but the agency's last, and each exit records its time in the stage.
            Assert.True(delta.Left == (last ? 0 : Cases), $"{delta.Stage}: {delta.Left} exits");
            Assert.True(delta.Timed == (last ? 0 : Cases), $"{delta.Stage}: {delta.Timed} times in stage");
        }
    }

    [Fact]
    public async Task The_gauges_show_open_cases_per_stage_the_outbox_and_the_error_queues_and_refused_sign_ins_are_counted()
    {
        using var journey = new CaseJourney(platform);
        var operators = new Dictionary<string, SignedInUser>();
        foreach (var (service, _) in Way) operators[service] = await journey.OfficerAsync(service, "Operator");
        operators["identity"] = await journey.OfficerAsync("identity", "Operator");
        await journey.RegisterAsync($"G{Guid.NewGuid():N}"[..9], platform.Today.AddYears(7));
        await journey.SubmitAsync(platform.Today.AddYears(7));
        await journey.EndorseAsync();
        (string, string)[] refusal = [("nomad_signin_grant", "urn:nomad:params:oauth:grant-type:eds"), ("error_type", "invalid_grant")];
        var refusedBefore = (await PrometheusScrape.OfAsync(journey, "identity", operators["identity"])).Sum("nomad_signin_failures_total", refusal);

        using (var identity = platform.Client("identity"))
        using (var refused = await identity.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["grant_type"] = "urn:nomad:params:oauth:grant-type:eds",
                   ["client_id"] = "nomad-cli",
                   ["signature"] = Convert.ToBase64String("not a CMS signature"u8.ToArray()),
               })))
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        // The endorsed case waits at Approval for its filing: an open case there, read within the gauges' interval.
        var scrapes = await ScrapeUntilAsync(journey, operators, s =>
            s["approval"].Sum("nomad_case_count", (StageLabel, "approval.awaiting-filing")) >= 1
            && s["identity"].Sum("nomad_signin_failures_total", refusal) > refusedBefore);
        Assert.Equal(refusedBefore + 1, scrapes["identity"].Sum("nomad_signin_failures_total", refusal));
        foreach (var (service, scrape) in scrapes)
        {
            Assert.True(scrape.Has("nomad_outbox_pending"), $"{service} reports its outbox backlog");
            Assert.True(scrape.Has("nomad_outbox_lag_seconds"), $"{service} reports its outbox lag");
        }
        Assert.Contains(scrapes["approval"].Samples, s => s.Name == "nomad_messaging_error_queue_depth"
            && s.Labels.GetValueOrDefault("messaging_destination_name", "").EndsWith("_error", StringComparison.Ordinal));
    }

    sealed record StageDelta(string Stage, double Entered, double Left, double Timed);

    static IEnumerable<StageDelta> Deltas(Dictionary<string, PrometheusScrape> before, Dictionary<string, PrometheusScrape> after) =>
        Way.SelectMany(w => w.Stages.Select(stage => new StageDelta(stage,
            Delta(before, after, w.Service, Entered, stage), Delta(before, after, w.Service, Left, stage), Delta(before, after, w.Service, TimesInStage, stage))));

    static double Delta(Dictionary<string, PrometheusScrape> before, Dictionary<string, PrometheusScrape> after, string service, string metric, string stage) =>
        after[service].Sum(metric, (StageLabel, stage)) - before[service].Sum(metric, (StageLabel, stage));

    static async Task<Dictionary<string, PrometheusScrape>> ScrapeAllAsync(CaseJourney journey, Dictionary<string, SignedInUser> operators)
    {
        var scrapes = new Dictionary<string, PrometheusScrape>();
        foreach (var (service, user) in operators) scrapes[service] = await PrometheusScrape.OfAsync(journey, service, user);
        return scrapes;
    }

    /// <summary>Before counting: earlier tests' cases may still be moving (a consumer finishing); wait until two scrapes agree.</summary>
    static async Task<Dictionary<string, PrometheusScrape>> SettledAsync(CaseJourney journey, Dictionary<string, SignedInUser> operators)
    {
        var previous = await ScrapeAllAsync(journey, operators);
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await Task.Delay(1500);
            var current = await ScrapeAllAsync(journey, operators);
            if (Deltas(previous, current).All(d => d is { Entered: 0, Left: 0, Timed: 0 })) return current;
            previous = current;
        }
        return previous;
    }

    static async Task<Dictionary<string, PrometheusScrape>> ScrapeUntilAsync(CaseJourney journey, Dictionary<string, SignedInUser> operators,
        Func<Dictionary<string, PrometheusScrape>, bool> done)
    {
        var scrapes = await ScrapeAllAsync(journey, operators);
        for (var attempt = 0; attempt < 30 && !done(scrapes); attempt++)
        {
            await Task.Delay(1000);
            scrapes = await ScrapeAllAsync(journey, operators);
        }
        return scrapes;
    }
}
