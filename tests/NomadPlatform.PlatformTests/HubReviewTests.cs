using System.Text.Json;
using NomadPlatform.Calendar;

namespace NomadPlatform.PlatformTests;

[Collection(PlatformCollection.Name)]
public sealed class HubReviewTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_submission_opens_a_two_business_day_verification_deadline_that_the_endorsement_meets()
    {
        using var journey = new CaseJourney(platform);
        var expiry = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(4);
        await journey.RegisterAsync($"H{Guid.NewGuid():N}"[..9], expiry);
        await journey.SubmitAsync(expiry);

        var submitted = await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/applications/{journey.CaseId}");
        var queue = await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, "/api/officers/queue?limit=500");
        await journey.EndorseAsync();
        var endorsed = await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/applications/{journey.CaseId}");

        var next = submitted.GetProperty("nextDeadline");
        var expected = KazakhstanCalendar.Load().DeadlineAfter(submitted.GetProperty("submittedAt").GetDateTimeOffset(), 2);
        Assert.Equal("DocumentVerification", next.GetProperty("step").GetString());
        Assert.Equal(expected, next.GetProperty("dueAt").GetDateTimeOffset());
        var dueDates = queue.EnumerateArray().Select(i => i.GetProperty("dueAt").GetDateTimeOffset()).ToList();
        Assert.Equal(dueDates.Order(), dueDates);
        Assert.Contains(queue.EnumerateArray(), i => i.GetProperty("caseId").GetGuid() == journey.CaseId);
        Assert.Equal(JsonValueKind.Null, endorsed.GetProperty("nextDeadline").ValueKind);
    }
}
