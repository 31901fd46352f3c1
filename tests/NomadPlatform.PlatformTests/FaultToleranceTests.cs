using System.Net;

namespace NomadPlatform.PlatformTests;

[Collection(PlatformCollection.Name)]
public sealed class FaultToleranceTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_consuming_service_killed_mid_case_is_restarted_and_the_case_completes_exactly_once()
    {
        using var journey = new CaseJourney(platform);
        var passportExpiry = platform.Today.AddYears(12);
        await journey.RegisterAsync($"K{Guid.NewGuid():N}"[..9], passportExpiry);
        await journey.SubmitAsync(passportExpiry);

        await platform.KillAsync("approval", "NomadPlatform.Approval");
        await journey.EndorseAsync(); // EndorsementIssued waits in Approval's durable queue
        await platform.RestartAsync("approval");

        await journey.ApproveAsync();
        await journey.ArriveAsync("Almaty, Abai 10");
        var permit = await journey.IssuePermitAsync();
        using var again = await journey.SendRawAsync("pscissuance", HttpMethod.Post, "/api/permits", new { caseId = journey.CaseId }, await journey.OfficerAsync("pscissuance", "PscOperator"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode); // the permit already issued, not a second one
        Assert.Equal(platform.Today.AddYears(10).ToString("yyyy-MM-dd"), permit.GetProperty("validUntil").GetString());
        var expected = CaseJourney.FullTimeline.Length;
        var timeline = await journey.TimelineAsync(expected);
        await Task.Delay(1000); // a duplicate delivery would have landed by now
        Assert.Equal(timeline.Length, (await journey.TimelineAsync(expected)).Length);
        Assert.Equal(expected, timeline.Distinct().Count());
    }
}
