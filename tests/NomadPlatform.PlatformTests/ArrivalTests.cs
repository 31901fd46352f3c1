using System.Net;
using System.Text.Json;

namespace NomadPlatform.PlatformTests;

[Collection(PlatformCollection.Name)]
public sealed class ArrivalTests(PlatformFixture platform)
{
    static async Task<CaseJourney> ApprovedAsync(PlatformFixture platform, int? fingerprintPerson = null)
    {
        var journey = new CaseJourney(platform);
        if (fingerprintPerson is { } person) journey.FingerprintPerson = person;
        var passportExpiry = platform.Today.AddYears(8);
        await journey.RegisterAsync($"F{Guid.NewGuid():N}"[..9], passportExpiry);
        await journey.SubmitAsync(passportExpiry);
        await journey.EndorseAsync();
        await journey.ApproveAsync();
        return journey;
    }

    [Fact]
    public async Task The_same_fingers_under_a_second_iin_hold_that_arrival_and_the_psc_until_an_officer_clears_them()
    {
        using var first = await ApprovedAsync(platform);
        using var second = await ApprovedAsync(platform, fingerprintPerson: first.FingerprintPerson);
        await first.RecordArrivalStepsAsync("Astana, Kabanbay Batyr 11, apt 3");
        await second.RecordArrivalStepsAsync("Astana, Turan 24, apt 90");

        var biometrics = await second.OfficerAsync("arrival", "BiometricsOfficer");
        var migrationPolice = await second.OfficerAsync("arrival", "MigrationPoliceOfficer");
        var pscOperator = await second.OfficerAsync("pscissuance", "PscOperator");
        var held = await second.SendAsync<JsonElement>("arrival", HttpMethod.Get, $"/api/arrivals/{second.CaseId}", user: biometrics);
        var asTheApplicantSeesIt = await second.SendAsync<JsonElement>("arrival", HttpMethod.Get, $"/api/arrivals/{second.CaseId}", user: await second.ApplicantAsync());
        var fingerprints = held.GetProperty("fingerprints");
        var flag = Assert.Single(fingerprints.GetProperty("duplicateFlags").EnumerateArray().ToList());
        Assert.Equal(first.Iin, flag.GetProperty("matchedIin").GetString());
        Assert.Equal(first.CaseId.ToString(), flag.GetProperty("matchedCaseId").GetString());
        Assert.Equal(10, flag.GetProperty("fingers").GetArrayLength());
        var finger = fingerprints.GetProperty("fingers")[0];
        Assert.Equal(64, finger.GetProperty("sha256").GetString()!.Length);
        Assert.False(finger.TryGetProperty("template", out _)); // the view shows hashes, never templates
        var seenByApplicant = Assert.Single(asTheApplicantSeesIt.GetProperty("fingerprints").GetProperty("duplicateFlags").EnumerateArray().ToList());
        Assert.Equal(JsonValueKind.Null, seenByApplicant.GetProperty("matchedIin").ValueKind); // another person's IIN is for officers only
        Assert.DoesNotContain(first.Iin, asTheApplicantSeesIt.GetRawText());
        var earlier = await first.SendAsync<JsonElement>("arrival", HttpMethod.Get, $"/api/arrivals/{first.CaseId}", user: await first.ApplicantAsync());
        Assert.Equal(0, earlier.GetProperty("fingerprints").GetProperty("duplicateFlags").GetArrayLength());

        using var refused = await second.SendRawAsync("arrival", HttpMethod.Post, $"/api/arrivals/{second.CaseId}/completion", user: migrationPolice);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains(first.Iin, await refused.Content.ReadAsStringAsync());
        using var notYet = await second.SendRawAsync("pscissuance", HttpMethod.Post, "/api/submissions",
            new { caseId = second.CaseId, office = "PSC-AST-01", documents = CaseJourney.PscDocuments }, pscOperator);
        Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
        var queue = await second.SendAsync<JsonElement>("arrival", HttpMethod.Get, "/api/arrivals/fingerprint-flags", user: biometrics);
        Assert.Contains(queue.EnumerateArray(), a => a.GetProperty("caseId").GetString() == second.CaseId.ToString());

        await second.SendAsync<JsonElement>("arrival", HttpMethod.Post, $"/api/arrivals/{second.CaseId}/fingerprints/duplicate-clearance",
            new { reason = "Identical twins; birth records checked with the consulate." }, biometrics);
        await second.SendAsync<JsonElement>("arrival", HttpMethod.Post, $"/api/arrivals/{second.CaseId}/completion", user: migrationPolice);
        using var incomplete = await second.SendRawAsync("pscissuance", HttpMethod.Post, "/api/submissions",
            new { caseId = second.CaseId, office = "PSC-AST-01", documents = new[] { "Passport", "Photo" } }, pscOperator);
        Assert.Equal((HttpStatusCode)422, incomplete.StatusCode);
        var permit = await second.IssuePermitAsync();

        Assert.Equal("Astana, Turan 24, apt 90", permit.GetProperty("registeredAddress").GetString());
        await AssertLogsShowHashesNotTemplatesAsync(second, fingerprints.GetProperty("fingers").EnumerateArray().Select(f => f.GetProperty("sha256").GetString()!).ToList());
    }

    /// <summary>The structured logs the services exported for the case's trace name the templates by hash only.</summary>
    async Task AssertLogsShowHashesNotTemplatesAsync(CaseJourney journey, IReadOnlyList<string> hashes)
    {
        var telemetry = new DashboardTelemetry(platform);
        var templates = CaseJourney.TemplatesOf(journey.FingerprintPerson);
        string logs = "";
        for (var attempt = 0; attempt < 40 && !logs.Contains(hashes[0]); attempt++)
        {
            if (attempt > 0) await Task.Delay(500);
            logs = await telemetry.LogsJsonAsync(journey.TraceId);
        }
        Assert.All(hashes, hash => Assert.Contains(hash, logs));
        Assert.All(templates, template => Assert.DoesNotContain(template[..40], logs));
    }

    [Fact]
    public async Task A_ten_print_with_a_bad_finger_is_refused_finger_by_finger_and_nothing_is_stored()
    {
        using var journey = await ApprovedAsync(platform);
        await journey.WaitUntilAsync("arrival", $"/api/arrivals/{journey.CaseId}", _ => true); // opened by the notification's event
        await journey.SendAsync<JsonElement>("arrival", HttpMethod.Post, $"/api/arrivals/{journey.CaseId}/entry", new { enteredOn = platform.Today }, await journey.OfficerAsync("arrival", "BorderOfficer"));
        var fingers = Applicants.SyntheticFingerprints.TenPrint(journey.FingerprintPerson, capture: 1).Skip(1).ToList();
        fingers.Add(new { position = "RightThumb", template = Convert.ToBase64String(Applicants.SyntheticFingerprints.Capture(journey.FingerprintPerson, 1, 1, quality: 25)) });

        using var refused = await journey.SendRawAsync("arrival", HttpMethod.Post, $"/api/arrivals/{journey.CaseId}/fingerprints", new { fingers }, await journey.OfficerAsync("arrival", "BiometricsOfficer"));

        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        var failure = Assert.Single(JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("failures").EnumerateArray().ToList());
        Assert.Equal(("RightThumb", "quality-too-low"), (failure.GetProperty("subject").GetString(), failure.GetProperty("code").GetString()));
        var arrival = await journey.SendAsync<JsonElement>("arrival", HttpMethod.Get, $"/api/arrivals/{journey.CaseId}", user: await journey.ApplicantAsync());
        Assert.Equal(JsonValueKind.Null, arrival.GetProperty("fingerprints").ValueKind);
    }
}
