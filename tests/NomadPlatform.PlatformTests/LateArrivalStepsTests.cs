using System.Net;
using System.Text.Json;
using NomadPlatform.Eds;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// Arrival is the entry: an applicant who entered inside the 30-day window is no no-show, and the steps
/// after entry go on past the window (overdue on the officers' worklist, never a ban). On the platform
/// whose CA issues GOST 2015 keys: the whole case, from the applicant's sign-in to the permit, runs on them.
/// </summary>
[Collection(NationalCaCollection.Name)]
public sealed class LateArrivalStepsTests(NationalCaPlatform platform)
{
    [Fact]
    public async Task An_applicant_who_entered_on_day_28_and_completed_on_day_45_gets_the_permit_and_no_ban()
    {
        using var journey = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(8);
        await journey.RegisterAsync($"E{Guid.NewGuid():N}"[..9], expiry);
        await journey.SubmitAsync(expiry);
        await journey.EndorseAsync();
        await journey.ApproveAsync();
        await journey.WaitUntilAsync("arrival", $"/api/arrivals/{journey.CaseId}", _ => true);

        platform.AdvanceClock(TimeSpan.FromDays(28));
        await journey.EnterAsync();
        platform.AdvanceClock(TimeSpan.FromDays(17)); // the window closed on day 30; the steps are overdue by now
        var migrationPolice = await journey.OfficerAsync("arrival", "MigrationPoliceOfficer");
        var worklist = await journey.SendAsync<JsonElement>("arrival", HttpMethod.Get, "/api/arrivals/overdue", user: migrationPolice);
        await Task.Delay(TimeSpan.FromSeconds(3)); // three sweeps of the arrival windows pass over it
        var afterSweeps = await journey.SendAsync<JsonElement>("arrival", HttpMethod.Get, $"/api/arrivals/{journey.CaseId}", user: migrationPolice);
        await journey.RegisterFingerprintsAsync();
        await journey.RecordMedicalAndHousingAsync("Astana, Kabanbay Batyr 11, apt 5");
        await journey.CompleteArrivalAsync();
        var permit = await journey.IssuePermitAsync();

        Assert.Equal(EdsOids.Gost2015PublicKey512, journey.SigningKey!.Certificate.PublicKey.Oid.Value);
        Assert.Equal("AwaitingArrival", afterSweeps.GetProperty("status").GetString());
        Assert.True(afterSweeps.GetProperty("stepsOverdue").GetBoolean());
        Assert.Contains(worklist.EnumerateArray(), a => a.GetProperty("caseId").GetGuid() == journey.CaseId);
        Assert.Equal(journey.CaseId, permit.GetProperty("caseId").GetGuid());
        using var ban = await journey.SendRawAsync("approval", HttpMethod.Get, $"/api/bans/{journey.Iin}", user: await journey.ApplicantAsync());
        Assert.Equal(HttpStatusCode.NotFound, ban.StatusCode);
        var timeline = await journey.WaitUntilAsync("hubintake", $"/api/cases/{journey.CaseId}/timeline", t => t.GetProperty("status").GetString() == "PermitIssued");
        Assert.DoesNotContain(timeline.GetProperty("events").EnumerateArray(), e => e.GetProperty("eventType").GetString() == "ArrivalWindowExpired");
    }
}
