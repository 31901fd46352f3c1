namespace NomadPlatform.PlatformTests;

/// <summary>
/// A case as an operator meets it: each person's act in a trace of its own, days apart. From the permit's
/// trace, span links lead back through every step to the submission's, and the five agencies' spans on
/// the way carry the case's id and the person's hashed IIN, never the IIN.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseStoryTelemetryTests(PlatformFixture platform)
{
    static readonly string[] CaseAgencies = ["approval", "arrival", "hubintake", "identity", "pscissuance"];
    static readonly HashSet<string> AgenciesHashingTheIin = ["approval", "arrival", "hubintake", "pscissuance"];

    [Fact]
    public async Task Span_links_lead_from_the_permits_trace_back_to_the_submissions_through_all_five_agencies()
    {
        using var journey = new CaseJourney(platform) { EachRequestItsOwnTrace = true };
        await journey.RunToPermitAsync($"T{Guid.NewGuid():N}"[..9], platform.Today.AddYears(6), "Astana, Trace Lane 3");
        await journey.TimelineAsync(CaseJourney.FullTimeline.Length);
        var submission = journey.RequestTraces.Single(r => r is { Service: "hubintake", Method: "POST", Path: "/api/applications" }).TraceId;
        var permit = journey.RequestTraces.Single(r => r is { Service: "pscissuance", Method: "POST", Path: "/api/permits" }).TraceId;
        Assert.True(journey.RequestTraces.Count > 20, "the journey's requests each had a trace of their own");

        // Services export in batches: walk again until the whole story has arrived, then judge.
        var telemetry = new DashboardTelemetry(platform);
        Dictionary<string, IReadOnlyList<DashboardTelemetry.Span>> story = [];
        for (var attempt = 0; attempt < 60; attempt++)
        {
            story = await WalkLinksAsync(telemetry, permit);
            if (story.ContainsKey(submission) && CaseAgencies.All(TaggedBy(story, journey.CaseId).Contains)
                && HashedBy(story).IsSupersetOf(AgenciesHashingTheIin)) break;
            await Task.Delay(1000);
        }

        Assert.Contains(submission, story.Keys);
        Assert.Equal(CaseAgencies, TaggedBy(story, journey.CaseId).Intersect(CaseAgencies).Order());
        var spans = story.Values.SelectMany(s => s).ToList();
        Assert.DoesNotContain(spans, s => s.Name.Contains(journey.Iin) || s.Attributes.Values.Any(v => v?.Contains(journey.Iin) == true));
        // One person, one hash, the same in each agency that handled their data.
        var hashes = spans.Where(s => s.Attributes.ContainsKey("nomad.iin_hash")).ToList();
        Assert.Single(hashes.Select(s => s.Attributes["nomad.iin_hash"]).Distinct());
        Assert.Matches("^[0-9a-f]{16}$", hashes[0].Attributes["nomad.iin_hash"]);
        Assert.Superset(AgenciesHashingTheIin, HashedBy(story));
    }

    /// <summary>Every trace reachable from <paramref name="start"/> by following span links, with its spans.</summary>
    static async Task<Dictionary<string, IReadOnlyList<DashboardTelemetry.Span>>> WalkLinksAsync(DashboardTelemetry telemetry, string start)
    {
        var traces = new Dictionary<string, IReadOnlyList<DashboardTelemetry.Span>>();
        var next = new Queue<string>([start]);
        while (next.TryDequeue(out var traceId))
        {
            if (traces.ContainsKey(traceId)) continue;
            traces[traceId] = (await telemetry.SpansAsync(traceId)).Where(s => s.TraceId == traceId).ToList();
            foreach (var linked in traces[traceId].SelectMany(s => s.LinkedTraces)) next.Enqueue(linked);
        }
        return traces;
    }

    /// <summary>The services whose spans in the story carry a hashed IIN (a span with the case's id may arrive in an earlier batch).</summary>
    static HashSet<string> HashedBy(Dictionary<string, IReadOnlyList<DashboardTelemetry.Span>> story) =>
        story.Values.SelectMany(s => s).Where(s => s.Attributes.ContainsKey("nomad.iin_hash")).Select(s => s.Service).ToHashSet();

    static IEnumerable<string> TaggedBy(Dictionary<string, IReadOnlyList<DashboardTelemetry.Span>> story, Guid caseId) =>
        story.Values.SelectMany(s => s).Where(s => s.CaseId == caseId.ToString()).Select(s => s.Service).Distinct().Order();
}
