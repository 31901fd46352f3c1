using System.Net;
using System.Text.Json;

namespace NomadPlatform.PlatformTests;

public sealed class FamilyVisaTests(TimeTravelPlatform platform) : IClassFixture<TimeTravelPlatform>
{
    [Fact]
    public async Task A_spouse_gets_a_C2_visa_with_the_right_to_work_and_renews_it_in_its_last_months()
    {
        using var journey = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(7);
        var permit = await journey.RunToPermitAsync($"F{Guid.NewGuid():N}"[..9], expiry, "Astana, Mangilik El 55, apt 12");
        await journey.WaitUntilAsync("approval", $"/api/rp-applications/{journey.CaseId}", a => a.GetProperty("permitValidUntil").ValueKind == JsonValueKind.String);

        var migrationOfficer = await journey.OfficerAsync("approval", "MigrationOfficer");
        var visa = await journey.SendAsync<JsonElement>("approval", HttpMethod.Post, "/api/family-visas", new
        {
            principalCaseId = journey.CaseId,
            fullName = "Alex Nomad",
            relationship = "Spouse",
            birthDate = "1990-05-01",
            passportNumber = "C01X00T47",
        }, migrationOfficer);
        var number = visa.GetProperty("number").GetString()!;
        using var tooEarly = await journey.SendRawAsync("approval", HttpMethod.Post, $"/api/family-visas/{number}/renewal", user: migrationOfficer);
        var firstEnd = DateOnly.Parse(visa.GetProperty("validUntil").GetString()!);
        platform.AdvanceClock(firstEnd.AddDays(-30).ToDateTime(new TimeOnly(4, 0)) - platform.Now.UtcDateTime);
        var renewed = await journey.SendAsync<JsonElement>("approval", HttpMethod.Post, $"/api/family-visas/{number}/renewal", user: migrationOfficer);

        Assert.Equal(("C2", true), (visa.GetProperty("category").GetString(), visa.GetProperty("rightToWork").GetBoolean()));
        Assert.Equal(platform.Today.AddDays(30), firstEnd);
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        Assert.Equal(firstEnd.AddYears(1), DateOnly.Parse(renewed.GetProperty("validUntil").GetString()!));
        Assert.Equal(1, renewed.GetProperty("renewals").GetInt32());
        Assert.True(DateOnly.Parse(renewed.GetProperty("validUntil").GetString()!) <= DateOnly.Parse(permit.GetProperty("validUntil").GetString()!));
        var timeline = await journey.TimelineAsync(CaseJourney.FullTimeline.Length + 2);
        Assert.Contains("FamilyVisaIssued", timeline);
        Assert.Contains("FamilyVisaRenewed", timeline);
    }
}
