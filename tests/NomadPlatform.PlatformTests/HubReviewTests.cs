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
        var expiry = platform.Today.AddYears(4);
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

    [Fact]
    public async Task Returned_documents_are_corrected_and_resubmitted_and_an_interviewer_is_never_booked_twice()
    {
        using var journey = new CaseJourney(platform);
        using var other = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(4);
        await journey.RegisterAsync($"R{Guid.NewGuid():N}"[..9], expiry);
        await journey.SubmitAsync(expiry);
        await other.RegisterAsync($"Q{Guid.NewGuid():N}"[..9], expiry);
        await other.SubmitAsync(expiry);

        var returned = await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Post, $"/api/applications/{journey.CaseId}/document-verification",
            new { decision = "Return", returns = new[] { new { kind = "Photo", reason = "The photo is greyscale; send a colour one." } } });
        using var resubmitted = await journey.ResubmitRawAsync(new { iin = journey.Iin, passportExpiresOn = expiry });
        var verified = await journey.VerifyDocumentsAsync();
        await other.VerifyDocumentsAsync();
        var slot = platform.Now.AddHours(2);
        await journey.ScheduleInterviewAsync("officer-double", slot);
        using var doubleBooked = await other.SendRawAsync("hubintake", HttpMethod.Post, $"/api/applications/{other.CaseId}/interview", new { startsAt = slot, interviewer = "officer-double" });
        using var tooLate = await other.SendRawAsync("hubintake", HttpMethod.Post, $"/api/applications/{other.CaseId}/interview", new { startsAt = slot.AddDays(30), interviewer = "officer-late" });

        Assert.Equal("DocumentsReturned", returned.GetProperty("status").GetString());
        Assert.Equal("Interview", verified.GetProperty("nextDeadline").GetProperty("step").GetString());
        Assert.Equal(System.Net.HttpStatusCode.OK, resubmitted.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, doubleBooked.StatusCode);
        Assert.Contains("already has an interview", await doubleBooked.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.Conflict, tooLate.StatusCode);
        Assert.Contains("5 business days", await tooLate.Content.ReadAsStringAsync());
        var timeline = await journey.TimelineAsync(5);
        Assert.Equal(["ApplicationSubmitted", "DocumentsReturned", "ApplicationResubmitted", "DocumentsVerified", "InterviewScheduled"], timeline);
    }
}
