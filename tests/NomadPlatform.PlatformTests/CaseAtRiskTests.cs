using System.Text.Json;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// The stuck case the issue found, end to end: the CA revokes Astana Hub's seal mid-case, the Hub endorses
/// with it before it knows, Approval refuses the endorsement and the message waits in its error queue. The
/// case is raised at risk on Approval's list at once, long before the 45-day review could break; the Hub's
/// administrator enrols a new seal, its officer re-seals the endorsement, Approval's operator moves the
/// failed message back, the risk clears and the case goes on to its permit.
/// Its own platform: the revocation must not disturb the shared one's tests.
/// </summary>
public sealed class CaseAtRiskTests(TimeTravelPlatform platform) : IClassFixture<TimeTravelPlatform>
{
    [Fact]
    public async Task A_revoked_seal_puts_the_case_on_approvals_risk_list_and_after_a_new_seal_and_redelivery_it_completes()
    {
        using var journey = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(8);
        await journey.RegisterAsync($"K{Guid.NewGuid():N}"[..9], expiry);
        await journey.SubmitAsync(expiry);
        await journey.VerifyDocumentsAsync();
        var startsAt = await journey.ScheduleInterviewAsync($"interviewer-{Guid.NewGuid():N}");
        platform.AdvanceClock(startsAt - platform.Now + TimeSpan.FromMinutes(30));
        await journey.RecordInterviewPassedAsync();

        var hubAdministrator = await platform.Staff.AdministratorAsync("hubintake");
        var revoked = (await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, "/api/seal", user: hubAdministrator)).GetProperty("serialNumber").GetString()!;
        await journey.SendAsync<JsonElement>("identity", HttpMethod.Post, $"/api/certificates/{revoked}/revocation",
            new { reason = "KeyCompromise" }, await platform.Staff.OfficerAsync("identity", "CaOfficer"));
        await journey.IssueEndorsementAsync();
        var endorsedAt = platform.Now;

        var migrationOfficer = await journey.OfficerAsync("approval", "MigrationOfficer");
        var risk = (await UntilAsync(journey, migrationOfficer, risks => risks.Count == 1)).Single();
        Assert.Equal("message-failed", risk.GetProperty("kind").GetString());
        Assert.Contains("EndorsementIssued", risk.GetProperty("reason").GetString());
        Assert.Contains("fails verification", risk.GetProperty("reason").GetString());
        Assert.True(risk.GetProperty("raisedAt").GetDateTimeOffset() < endorsedAt.AddDays(45), "raised before the 45-day review could break");
        var operatorOfApproval = await journey.OfficerAsync("approval", "Operator");
        var atRisk = await PrometheusScrape.OfAsync(journey, "approval", operatorOfApproval);
        Assert.True(atRisk.Sum("nomad_case_at_risk", ("nomad_risk_kind", "message-failed")) >= 1, "the risk is a metric too");

        var renewed = (await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Post, "/api/seal/enrolment", user: hubAdministrator)).GetProperty("serialNumber").GetString();
        Assert.NotEqual(revoked, renewed);
        await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Post, $"/api/applications/{journey.CaseId}/endorsement/reseal",
            user: await journey.OfficerAsync("hubintake", "EndorsementSigner"));
        await journey.WaitForAsync("approval", $"/api/rp-applications/{journey.CaseId}");

        var queues = await journey.SendAsync<JsonElement>("approval", HttpMethod.Get, "/api/operations/error-queues", user: operatorOfApproval);
        var queue = queues.EnumerateArray().Single(q => q.GetProperty("messages").EnumerateArray()
            .Any(m => m.GetProperty("caseId").ValueKind == JsonValueKind.String && m.GetProperty("caseId").GetGuid() == journey.CaseId)).GetProperty("queue").GetString()!;
        var moved = await journey.SendAsync<JsonElement>("approval", HttpMethod.Post, $"/api/operations/error-queues/{queue}/redeliver", user: operatorOfApproval);
        Assert.True(moved.GetProperty("moved").GetInt32() >= 1);
        await UntilAsync(journey, migrationOfficer, risks => risks.Count == 0);
        // Taken this time, not refused back into the error queue (the risk watcher looks every 2 s).
        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.Empty(await UntilAsync(journey, migrationOfficer, _ => true));

        await journey.ApproveAsync();
        await journey.ArriveAsync("Astana, Risk Avenue 7");
        var permit = await journey.IssuePermitAsync();
        Assert.Equal(journey.CaseId.ToString(), permit.GetProperty("caseId").GetString());
    }

    /// <summary>The case's open risks on Approval's list, read until <paramref name="done"/> (the watcher looks every 2 s here).</summary>
    static async Task<List<JsonElement>> UntilAsync(CaseJourney journey, SignedInUser officer, Func<List<JsonElement>, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            var risks = (await journey.SendAsync<JsonElement>("approval", HttpMethod.Get, "/api/cases-at-risk", user: officer)).EnumerateArray()
                .Where(r => r.GetProperty("caseId").GetGuid() == journey.CaseId).ToList();
            if (done(risks)) return risks;
            if (attempt == 60) throw new TimeoutException($"Approval's risk list did not come to the expected state: {string.Join(" | ", risks)}");
            await Task.Delay(1000);
        }
    }
}
