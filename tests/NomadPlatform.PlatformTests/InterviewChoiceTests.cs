using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NomadPlatform.PlatformHarness;

namespace NomadPlatform.PlatformTests;

[Collection(PlatformCollection.Name)]
public sealed class InterviewChoiceTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_applicant_chooses_the_interview_time_among_the_free_slots_of_the_Hubs_interviewers()
    {
        using var journey = new CaseJourney(platform);
        using var stranger = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(4);
        await journey.RegisterAsync($"C{Guid.NewGuid():N}"[..9], expiry);
        await journey.SubmitAsync(expiry);
        await stranger.RegisterAsync($"S{Guid.NewGuid():N}"[..9], expiry);
        var interviewer = await journey.OfficerAsync("hubintake", "Interviewer");
        var applicant = await journey.ApplicantAsync();
        var offerPath = $"/api/applications/{journey.CaseId}/interview/offer";
        var choicePath = $"/api/applications/{journey.CaseId}/interview/choice";

        using var beforeVerification = await journey.SendRawAsync("hubintake", HttpMethod.Get, offerPath, user: applicant);
        var verified = await journey.VerifyDocumentsAsync();
        var dueAt = verified.GetProperty("nextDeadline").GetProperty("dueAt").GetDateTimeOffset();
        var offer = await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, offerPath, user: applicant);
        using var strangers = await stranger.SendRawAsync("hubintake", HttpMethod.Get, offerPath, user: await stranger.ApplicantAsync());
        using var officers = await journey.SendRawAsync("hubintake", HttpMethod.Get, offerPath, user: interviewer);
        var slots = offer.GetProperty("slots").EnumerateArray().Select(s => s.GetDateTimeOffset()).ToList();
        using var inRussian = new HttpRequestMessage(HttpMethod.Post, choicePath) { Content = JsonContent.Create(new { startsAt = HubReviewTests.FirstSlotAfter(dueAt) }) };
        inRussian.Headers.AcceptLanguage.ParseAdd("ru-RU, en;q=0.5");
        using var notOffered = await journey.SendRawAsync("hubintake", inRussian, applicant);
        var refusal = await notOffered.Content.ReadFromJsonAsync<JsonElement>();
        using var strangersChoice = await stranger.SendRawAsync("hubintake", HttpMethod.Post, choicePath, new { startsAt = slots[^1] }, await stranger.ApplicantAsync());
        var chosen = await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Post, choicePath, new { startsAt = slots[^1] }, applicant);
        using var again = await journey.SendRawAsync("hubintake", HttpMethod.Post, choicePath, new { startsAt = slots[0] }, applicant);
        var timeline = await journey.TimelineAsync(3);
        var steps = await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/cases/{journey.CaseId}/timeline", user: applicant);

        Assert.Equal(HttpStatusCode.Conflict, beforeVerification.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangers.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, officers.StatusCode);
        Assert.Equal(dueAt, offer.GetProperty("dueAt").GetDateTimeOffset());
        Assert.NotEmpty(slots);
        Assert.All(slots, slot => Assert.InRange(slot, platform.Now.AddHours(2), dueAt));
        Assert.Equal(HttpStatusCode.Conflict, notOffered.StatusCode);
        // The refusal's code is stable; its words are the reader's (Accept-Language).
        Assert.Equal("hub.interview-time-not-offered", refusal.GetProperty("code").GetString());
        Assert.Equal("Запрос нарушает правило дела.", refusal.GetProperty("title").GetString());
        Assert.Contains("нет среди свободного времени для собеседования", refusal.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, strangersChoice.StatusCode);
        Assert.Equal("InterviewScheduled", chosen.GetProperty("status").GetString());
        Assert.Equal(slots[^1], chosen.GetProperty("interviewStartsAt").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(["ApplicationSubmitted", "DocumentsVerified", "InterviewScheduled"], timeline);
        // No officer booked it: the applicant did, and the timeline names no officer for that step.
        var booked = steps.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("eventType").GetString() == "InterviewScheduled");
        Assert.False(booked.TryGetProperty("officerIin", out var officer) && officer.ValueKind != JsonValueKind.Null);
    }
}
