using System.Text.Json;

namespace NomadPlatform.PlatformTests;

/// <summary>Reminders before the arrival window closes: due on the platform's clock, withdrawn once the entry is recorded.</summary>
public sealed class ArrivalReminderTests(TimeTravelPlatform platform) : IClassFixture<TimeTravelPlatform>
{
    [Fact]
    public async Task The_applicant_is_reminded_a_week_before_the_window_closes_and_not_again_once_they_have_entered()
    {
        using var journey = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(8);
        await journey.RegisterAsync($"W{Guid.NewGuid():N}"[..9], expiry);
        await journey.SubmitAsync(expiry);
        await journey.EndorseAsync();
        await journey.ApproveAsync();
        var closesAt = (await journey.WaitUntilAsync("arrival", $"/api/arrivals/{journey.CaseId}", _ => true)).GetProperty("windowClosesAt").GetDateTimeOffset();
        var scheduled = await journey.WaitUntilAsync("notifications", "/api/reminders", r => r.GetArrayLength() == 2);
        Assert.Equal([closesAt - TimeSpan.FromDays(7), closesAt - TimeSpan.FromDays(2)],
            scheduled.EnumerateArray().Select(r => r.GetProperty("dueAt").GetDateTimeOffset()));

        platform.AdvanceClock(closesAt - TimeSpan.FromDays(7) - platform.Now + TimeSpan.FromMinutes(1));
        await journey.WaitUntilAsync("notifications", "/api/notices", i => Kinds(i).Contains("ArrivalWindowClosing"));
        await journey.EnterAsync();
        await journey.WaitUntilAsync("notifications", "/api/reminders", r => r.GetArrayLength() == 0);

        platform.AdvanceClock(TimeSpan.FromDays(6));
        await Task.Delay(TimeSpan.FromSeconds(3)); // three sweeps of the reminders on the moved clock
        var inbox = await journey.WaitUntilAsync("notifications", "/api/notices", _ => true);
        Assert.Equal(1, Kinds(inbox).Count(k => k == "ArrivalWindowClosing"));
    }

    static List<string?> Kinds(JsonElement inbox) => inbox.GetProperty("notices").EnumerateArray().Select(n => n.GetProperty("kind").GetString()).ToList();
}
