using System.Text.Json;

namespace NomadPlatform.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class InterviewChoiceTests(PortalPlatform platform)
{
    [Fact]
    public async Task The_applicant_chooses_the_interview_time_in_Astana_time_with_their_own_beside_it()
    {
        using var applicant = await platform.RegisteredApplicantAsync();
        await applicant.SubmitAsync(platform.Today.AddYears(5));
        await platform.Staff.OfficerAsync("hubintake", "Interviewer"); // the Hub has someone to hold it
        await applicant.VerifyDocumentsAsync();
        using var authentication = await applicant.FileKeyAsync("Authentication");
        var page = await platform.SignedInPageAsync(authentication, language: "ru");
        var choose = "form[action*='handler=Interview'] button[type=submit]";

        await page.GotoAsync($"/applicant/cases/{applicant.CaseId}");
        await page.ClickAsync(choose); // nothing chosen: the error sits with the times
        Assert.Contains("Выберите одно из времён", await page.InnerTextAsync("#startsAt-error"));
        await PageChecks.AssertFitAsync(page);
        // The browser runs in UTC: each time reads in Astana time, the reader's own beside it.
        var slot = page.Locator("input[name=startsAt]").Nth(2);
        var label = await page.InnerTextAsync($"label[for='{await slot.GetAttributeAsync("id")}']");
        var startsAt = DateTimeOffset.Parse((await slot.GetAttributeAsync("value"))!);
        await PageChecks.ScreenshotAsync(page, "applicant-interview-choice-ru");
        await slot.CheckAsync();
        await page.ClickAsync(choose);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/applicant/cases/{applicant.CaseId}" && !url.Contains("handler"));
        await PageChecks.AssertFitAsync(page);

        Assert.Contains("ваше время", label);
        Assert.Equal(0, await page.Locator(choose).CountAsync());
        Assert.Contains(startsAt.ToOffset(TimeSpan.FromHours(5)).ToString("HH:mm"), await page.InnerTextAsync("dl.facts"));
        var booked = await applicant.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/applications/{applicant.CaseId}", user: await applicant.ApplicantAsync());
        Assert.Equal("InterviewScheduled", booked.GetProperty("status").GetString());
        Assert.Equal(startsAt, booked.GetProperty("interviewStartsAt").GetDateTimeOffset());
        await page.Context.CloseAsync();
    }
}
