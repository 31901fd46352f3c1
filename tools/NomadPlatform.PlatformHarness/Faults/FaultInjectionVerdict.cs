using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NomadPlatform.PlatformHarness.Faults;

/// <summary>After the run: every case's outcome, what partners received, and what the outboxes still hold.</summary>
static class FaultInjectionVerdict
{
    static readonly TimeSpan Settle = TimeSpan.FromMinutes(2);

    public static async Task<FaultInjectionFigures> JudgeAsync(LocalPlatform platform, PartnerFeed partner, FeedObserver feed, IReadOnlyList<PlannedCase> cases, ResilientSteps steps)
    {
        var problems = new List<string>();
        var outbox = await AgencyDatabases.DrainedOutboxAsync(platform, Settle);
        foreach (var (service, rows) in outbox.Where(o => o.Value > 0)) problems.Add($"{service}: {rows} outbox rows undelivered");

        var expected = cases.ToDictionary(c => c.Journey.CaseId, ExpectedEvents);
        var copies = await AllArrivedAsync(() => partner.Copies.Select(c => (c.CaseId, c.EventType)), expected, () => partner.Copies);
        var changes = copies.Where(c => expected.ContainsKey(c.CaseId)).GroupBy(c => (c.CaseId, c.EventType)).ToList();
        var twoIds = changes.Where(g => g.Select(c => c.MessageId).Distinct().Count() > 1).ToList();
        problems.AddRange(twoIds.Select(g => $"case {g.Key.CaseId}: {g.Key.EventType} published under {g.Select(c => c.MessageId).Distinct().Count()} message ids"));
        var received = changes.Select(g => g.Key).ToHashSet();
        var missing = expected.SelectMany(e => e.Value.Select(type => (e.Key, type))).Where(k => !received.Contains(k)).ToList();
        problems.AddRange(missing.Select(m => $"case {m.Key}: partners never received {m.type}"));
        var unexpected = received.Where(k => !expected[k.CaseId].Contains(k.EventType)).ToList();
        problems.AddRange(unexpected.Select(u => $"case {u.CaseId}: partners received {u.EventType}, not in its course"));

        var feedMissing = 0;
        foreach (var (way, read) in new (string, Func<IReadOnlyList<FeedObserver.Copy>>)[] { ("feed pull", () => feed.Pulled), ("feed webhook", () => feed.Pushed) })
        {
            var copiesOfWay = await AllArrivedAsync(() => read().Select(c => (c.CaseId, c.EventType)), expected, read);
            var byChange = copiesOfWay.Where(c => expected.ContainsKey(c.CaseId)).GroupBy(c => (c.CaseId, c.EventType)).ToList();
            problems.AddRange(byChange.Where(g => g.Select(c => c.Id).Distinct().Count() > 1)
                .Select(g => $"case {g.Key.CaseId}: {g.Key.EventType} reached the {way} under {g.Select(c => c.Id).Distinct().Count()} ids"));
            var seen = byChange.Select(g => g.Key).ToHashSet();
            var missingOfWay = expected.SelectMany(e => e.Value.Select(type => (e.Key, type))).Where(k => !seen.Contains(k)).ToList();
            problems.AddRange(missingOfWay.Select(m => $"case {m.Key}: the {way} never delivered {m.type}"));
            problems.AddRange(seen.Where(k => !expected[k.CaseId].Contains(k.EventType)).Select(u => $"case {u.CaseId}: the {way} delivered {u.EventType}, not in its course"));
            feedMissing += missingOfWay.Count;
        }

        var (completed, refused) = (0, 0);
        foreach (var planned in cases)
        {
            var outcome = await OutcomeAsync(planned, steps);
            if (outcome == "permit" && !planned.Refused) completed++;
            else if (outcome == "refused" && planned.Refused) refused++;
            else problems.Add($"case {planned.Journey.CaseId}: expected {(planned.Refused ? "a refusal" : "a permit")}, found {outcome}");
        }

        var iins = cases.Select(c => c.Journey.Iin).ToHashSet();
        var secondCases = await MoreThanOneAsync(platform, "hubintake", """SELECT "Iin", COUNT(*) FROM "Applications" GROUP BY "Iin" HAVING COUNT(*) > 1""", iins);
        var secondPermits = await MoreThanOneAsync(platform, "pscissuance", """SELECT "Iin", COUNT(*) FROM "ResidencePermits" GROUP BY "Iin" HAVING COUNT(*) > 1""", iins);
        problems.AddRange(secondCases.Select(iin => $"IIN {iin}: more than one case"));
        problems.AddRange(secondPermits.Select(iin => $"IIN {iin}: more than one permit"));

        return new FaultInjectionFigures
        {
            Started = cases.Count,
            Completed = completed,
            Refused = refused,
            Lost = cases.Count - completed - refused,
            Duplicates = secondCases.Count + secondPermits.Count + twoIds.Count,
            RedeliveredCopies = changes.Sum(g => g.Count() - g.Select(c => c.MessageId).Distinct().Count()),
            MissingPartnerEvents = missing.Count,
            MissingFeedEvents = feedMissing,
            UnexpectedPartnerEvents = unexpected.Count,
            UndeliveredOutboxRows = outbox.Values.Sum(),
            Problems = problems,
        };
    }

    static HashSet<string> ExpectedEvents(PlannedCase planned) => planned.Refused
        ? [.. CaseJourney.FullTimeline.TakeWhile(e => e != "PreliminaryApprovalGranted"), "RpApplicationRefused"]
        : [.. CaseJourney.FullTimeline];

    /// <summary>Waits until a partner holds every expected event (or time runs out), then a moment more for late copies.</summary>
    static async Task<IReadOnlyList<TCopy>> AllArrivedAsync<TCopy>(Func<IEnumerable<(Guid CaseId, string EventType)>> changes, Dictionary<Guid, HashSet<string>> expected, Func<IReadOnlyList<TCopy>> copies)
    {
        var total = expected.Values.Sum(e => e.Count);
        var until = DateTimeOffset.UtcNow + Settle;
        while (DateTimeOffset.UtcNow < until &&
               changes().Where(c => expected.TryGetValue(c.CaseId, out var e) && e.Contains(c.EventType)).Distinct().Count() < total)
            await Task.Delay(500);
        await Task.Delay(TimeSpan.FromSeconds(2));
        return copies();
    }

    static async Task<string> OutcomeAsync(PlannedCase planned, ResilientSteps steps)
    {
        var journey = planned.Journey;
        if (journey.CaseId == Guid.Empty) return "no case (the submission never landed)";
        using var permit = await steps.ReadAsync(async () => await journey.SendRawAsync("pscissuance", HttpMethod.Get, $"/api/permits/{journey.CaseId}", user: await journey.ApplicantAsync()));
        if (permit.StatusCode == HttpStatusCode.OK) return "permit";
        using var application = await steps.ReadAsync(async () => await journey.SendRawAsync("approval", HttpMethod.Get, $"/api/rp-applications/{journey.CaseId}", user: await journey.ApplicantAsync()));
        if (!application.IsSuccessStatusCode) return $"no residence-permit application ({(int)application.StatusCode})";
        var status = (await application.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString();
        return status == "Refused" ? "refused" : $"no permit, residence-permit application {status}";
    }

    static async Task<List<string>> MoreThanOneAsync(LocalPlatform platform, string service, string sql, HashSet<string> iins) =>
        (await AgencyDatabases.CountAsync(platform, service, sql)).Where(r => iins.Contains(r.Key)).Select(r => r.Key).ToList();
}
