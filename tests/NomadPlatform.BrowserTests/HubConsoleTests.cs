namespace NomadPlatform.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class HubConsoleTests(PortalPlatform platform)
{
    [Fact]
    public async Task Hub_officers_verify_the_documents_book_and_hold_the_interview_and_endorse_in_their_console()
    {
        using var applicant = await platform.RegisteredApplicantAsync();
        await applicant.SubmitAsync(platform.Today.AddYears(5));
        var casePage = $"/hub/cases/{applicant.CaseId}";

        var reviewer = await platform.Staff.OfficerAsync("hubintake", "DocumentReviewer");
        var page = await platform.SignedInPageAsync(reviewer.AuthenticationKey);
        await page.ClickAsync("nav a[href='/hub']");
        await PageChecks.AssertFitAsync(page);
        await page.ClickAsync($"a[href='{casePage}']");
        Assert.Equal(7, await page.Locator("main table tbody tr").CountAsync());
        await PageChecks.AssertFitAsync(page);
        await PageChecks.ScreenshotAsync(page, "console-hub-case-en");
        await PageChecks.ActAsync(page, "Accept", "Accepted");
        await page.Context.CloseAsync();

        var interviewer = await platform.Staff.OfficerAsync("hubintake", "Interviewer");
        page = await platform.SignedInPageAsync(interviewer.AuthenticationKey);
        await page.GotoAsync(casePage);
        await PageChecks.AssertFitAsync(page);
        var startsAt = DateTimeOffset.Parse((await page.GetAttributeAsync("input[name=startsAt]:checked", "value"))!);
        await PageChecks.ActAsync(page, "Book", "Booked");
        await page.Context.CloseAsync();

        // The interview is held in its slot: time passes to it, and the interviewer signs in again.
        if (startsAt > platform.Now) platform.AdvanceClock(startsAt - platform.Now + TimeSpan.FromMinutes(1));
        page = await platform.SignedInPageAsync(interviewer.AuthenticationKey);
        await page.GotoAsync(casePage);
        await page.FillAsync("#notes", "Strong distributed-systems background; plans to mentor at local meetups.");
        await PageChecks.AssertFitAsync(page);
        await PageChecks.ActAsync(page, "Result", "Recorded");
        await page.Context.CloseAsync();

        var signer = await platform.Staff.OfficerAsync("hubintake", "EndorsementSigner");
        page = await platform.SignedInPageAsync(signer.AuthenticationKey);
        await page.GotoAsync(casePage);
        await PageChecks.ActAsync(page, "Endorse", "Endorsed");
        Assert.Contains("Endorsed by the Astana Hub", await page.InnerTextAsync(".status-value"));
        await PageChecks.AssertFitAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Another_agencys_officer_and_an_applicant_cannot_open_the_Hub_console()
    {
        using var applicant = await platform.RegisteredApplicantAsync();
        await applicant.SubmitAsync(platform.Today.AddYears(5));

        var migrationOfficer = await platform.Staff.OfficerAsync("approval", "MigrationOfficer");
        var page = await platform.SignedInPageAsync(migrationOfficer.AuthenticationKey);
        Assert.Equal(403, (await page.GotoAsync("/hub"))!.Status);
        Assert.Equal(403, (await page.GotoAsync($"/hub/cases/{applicant.CaseId}"))!.Status);
        await PageChecks.AssertFitAsync(page);
        await page.Context.CloseAsync();

        using var authentication = await applicant.FileKeyAsync("Authentication");
        page = await platform.SignedInPageAsync(authentication);
        Assert.Equal(403, (await page.GotoAsync($"/hub/cases/{applicant.CaseId}"))!.Status);
        await page.Context.CloseAsync();
    }
}
