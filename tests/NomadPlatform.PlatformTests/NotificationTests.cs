using System.Net;
using System.Text.Json;

namespace NomadPlatform.PlatformTests;

/// <summary>The events that ask something of the applicant reach their inbox and their mail, in the language they chose.</summary>
[Collection(PlatformCollection.Name)]
public sealed class NotificationTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_interview_the_endorsement_and_the_approval_land_in_the_inbox_and_are_mailed_in_the_applicants_language()
    {
        using var journey = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(6);
        await journey.RegisterAsync($"Q{Guid.NewGuid():N}"[..9], expiry);
        var applicant = await journey.ApplicantAsync();
        var address = $"nomad.{journey.Iin}@example.org";
        await journey.SendAsync<JsonElement>("notifications", HttpMethod.Put, "/api/contact", new { email = address, language = "kk" }, applicant);

        await journey.SubmitAsync(expiry);
        await journey.EndorseAsync();
        await journey.ApproveAsync();

        var inbox = await InboxAsync(journey, "ru", i => i.GetProperty("notices").GetArrayLength() >= 3);
        var notices = inbox.GetProperty("notices").EnumerateArray().ToList();
        Assert.Equal(["ApprovalGranted", "EndorsementIssued", "InterviewScheduled"], notices.Select(n => n.GetProperty("kind").GetString()));
        Assert.Equal(3, inbox.GetProperty("unread").GetInt32());
        var approval = notices[0];
        Assert.Contains("30", approval.GetProperty("subject").GetString());
        Assert.Contains("Уведомление", approval.GetProperty("body").GetString()); // read in Russian: the reader's language, not the mail's

        var mails = await platform.Mail.To(address, atLeast: 3);
        Assert.Equal(3, mails.Count);
        Assert.Contains(mails, m => m.Subject == "Мақұлданды: 30 күн ішінде Қазақстанға келіңіз");
        Assert.Contains(mails, m => m.Subject == "Astana Hub өтінішіңізді мақұлдады");
        Assert.Contains(mails, m => m.Subject == "Онлайн сұхбатыңыз тағайындалды" && m.Body.Contains("Астана уақыты"));
        var sent = await InboxAsync(journey, "kk", i => i.GetProperty("notices").EnumerateArray().All(n => n.GetProperty("mail").GetString() == "Sent"));
        Assert.All(sent.GetProperty("notices").EnumerateArray(), n => Assert.NotEqual(JsonValueKind.Null, n.GetProperty("mailedAt").ValueKind));

        // Read by its owner; another person is told it does not exist.
        var id = approval.GetProperty("id").GetGuid();
        using var other = new CaseJourney(platform);
        await other.RegisterPersonAsync($"R{Guid.NewGuid():N}"[..9], expiry);
        using var stranger = await other.SendRawAsync("notifications", HttpMethod.Post, $"/api/notices/{id}/read", user: await other.ApplicantAsync());
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        using var read = await journey.SendRawAsync("notifications", HttpMethod.Post, $"/api/notices/{id}/read", user: applicant);
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.Equal(2, (await InboxAsync(journey, "en", _ => true)).GetProperty("unread").GetInt32());
        Assert.Equal(0, (await InboxAsync(other, "en", _ => true)).GetProperty("notices").GetArrayLength());
    }

    [Fact]
    public async Task A_malformed_address_or_language_is_refused_by_field()
    {
        using var journey = new CaseJourney(platform);
        await journey.RegisterPersonAsync($"S{Guid.NewGuid():N}"[..9], platform.Today.AddYears(6));
        var applicant = await journey.ApplicantAsync();
        using var badAddress = await journey.SendRawAsync("notifications", HttpMethod.Put, "/api/contact", new { email = "nomad at example", language = "en" }, applicant);
        using var badLanguage = await journey.SendRawAsync("notifications", HttpMethod.Put, "/api/contact", new { email = "nomad@example.org", language = "de" }, applicant);
        Assert.Equal(HttpStatusCode.BadRequest, badAddress.StatusCode);
        Assert.Contains("email", await badAddress.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badLanguage.StatusCode);
        Assert.Contains("language", await badLanguage.Content.ReadAsStringAsync());
    }

    static async Task<JsonElement> InboxAsync(CaseJourney journey, string language, Func<JsonElement, bool> done)
    {
        var applicant = await journey.ApplicantAsync();
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/notices");
            request.Headers.AcceptLanguage.ParseAdd(language);
            using var response = await journey.SendRawAsync("notifications", request, applicant);
            response.EnsureSuccessStatusCode();
            var inbox = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            if (done(inbox) || attempt == 100) return inbox;
            await Task.Delay(300);
        }
    }
}
