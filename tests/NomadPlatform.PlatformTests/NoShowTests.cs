using System.Net;
using System.Text.Json;
using NomadPlatform.Contracts.Grpc.Approval.V1;

namespace NomadPlatform.PlatformTests;

public sealed class NoShowTests(TimeTravelPlatform platform) : IClassFixture<TimeTravelPlatform>
{
    [Fact]
    public async Task No_arrival_within_30_days_cancels_the_case_everywhere_and_bars_a_new_application_for_12_months()
    {
        using var journey = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(8);
        await journey.RegisterAsync($"N{Guid.NewGuid():N}"[..9], expiry);
        await journey.SubmitAsync(expiry);
        await journey.EndorseAsync();
        await journey.ApproveAsync();
        var firstCase = journey.CaseId;
        var arrival = await journey.WaitUntilAsync("arrival", $"/api/arrivals/{firstCase}", _ => true);
        var closesAt = arrival.GetProperty("windowClosesAt").GetDateTimeOffset();

        platform.AdvanceClock(closesAt - platform.Now + TimeSpan.FromMinutes(1));
        var cancelled = await journey.WaitUntilAsync("approval", $"/api/rp-applications/{firstCase}", a => a.GetProperty("status").GetString() == "Cancelled");
        var timelineStatus = (await journey.WaitUntilAsync("hubintake", $"/api/cases/{firstCase}/timeline", t => t.GetProperty("status").GetString() == "Cancelled"))
            .GetProperty("status").GetString();
        using var arrivalSystem = await AgencySystem.EnrolAsync(platform, "arrival");
        var decision = await new ApprovalDecisions.ApprovalDecisionsClient(platform.Channel("approval"))
            .GetDecisionAsync(new GetDecisionRequest { CaseId = firstCase.ToString() }, await arrivalSystem.HeadersForAsync("approval"));
        var ban = await journey.SendAsync<JsonElement>("approval", HttpMethod.Get, $"/api/bans/{journey.Iin}", user: await journey.ApplicantAsync());
        var banEndsOn = DateOnly.Parse(ban.GetProperty("endsOn").GetString()!);
        journey.ForgetDossier();
        using var whileBanned = await journey.SubmitRawAsync(await journey.ManifestAsync(expiry), journey.SigningKey!);

        platform.AdvanceClock(banEndsOn.ToDateTime(new TimeOnly(4, 0)) - platform.Now.UtcDateTime); // 09:00 in Astana on the day the ban ends
        await journey.RenewSigningKeyAsync(); // the old file key has expired meanwhile
        journey.ForgetDossier();
        await journey.SubmitAsync(expiry);

        Assert.Equal("NoShowCancellation", ban.GetProperty("reason").GetString());
        Assert.Equal(DateOnly.FromDateTime(closesAt.UtcDateTime).AddMonths(12), banEndsOn);
        Assert.Equal(HttpStatusCode.Conflict, whileBanned.StatusCode);
        Assert.Contains(banEndsOn.ToString("yyyy-MM-dd"), await whileBanned.Content.ReadAsStringAsync());
        Assert.NotEqual(firstCase, journey.CaseId);
        var timeline = (await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/cases/{firstCase}/timeline", user: await journey.ApplicantAsync()))
            .GetProperty("events").EnumerateArray().Select(e => e.GetProperty("eventType").GetString()).ToList();
        Assert.Contains("ArrivalWindowExpired", timeline);
        Assert.Contains("RpApplicationCancelled", timeline);
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal("Cancelled", timelineStatus);
        Assert.Equal(DecisionStatus.Cancelled, decision.Status);
    }
}
