namespace NomadPlatform.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class HubConsoleTests(PortalPlatform platform)
{
    [Fact]
    public async Task An_interviewer_books_the_interview_from_the_calendar_for_an_applicant_who_has_not_chosen_a_time()
    {
        using var applicant = await platform.RegisteredApplicantAsync();
        await applicant.SubmitAsync(platform.Today.AddYears(5));
        await applicant.VerifyDocumentsAsync();
        var casePage = $"/hub/cases/{applicant.CaseId}";

        var interviewer = await platform.Staff.OfficerAsync("hubintake", "Interviewer");
        var page = await platform.SignedInPageAsync(interviewer.AuthenticationKey);
        await page.ClickAsync("nav a[href='/hub']");
        await page.ClickAsync($"a[href='{casePage}']");
        await PageChecks.AssertFitAsync(page);
        var startsAt = DateTimeOffset.Parse((await page.GetAttributeAsync("input[name=startsAt]:checked", "value"))!);
        await PageChecks.ActAsync(page, "Book", "Booked");
        await PageChecks.AssertFitAsync(page);
        await page.Context.CloseAsync();

        var booked = await applicant.SendAsync<System.Text.Json.JsonElement>("hubintake", HttpMethod.Get, $"/api/applications/{applicant.CaseId}", user: await applicant.ApplicantAsync());
        Assert.Equal("InterviewScheduled", booked.GetProperty("status").GetString());
        Assert.Equal(startsAt, booked.GetProperty("interviewStartsAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_submission_left_unverified_for_half_its_deadline_heads_the_document_reviewers_console_as_a_case_at_risk()
    {
        using var applicant = await platform.RegisteredApplicantAsync();
        await applicant.SubmitAsync(platform.Today.AddYears(5));
        // Two business days to verify; a week without progress leaves no calendar where that is not half gone.
        platform.AdvanceClock(TimeSpan.FromDays(7));
        var reviewer = await platform.Staff.OfficerAsync("hubintake", "DocumentReviewer");
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var risks = await applicant.SendAsync<System.Text.Json.JsonElement>("hubintake", HttpMethod.Get, "/api/cases-at-risk", user: reviewer);
            if (risks.EnumerateArray().Any(r => r.GetProperty("caseId").GetGuid() == applicant.CaseId)) break;
            await Task.Delay(1000);
        }

        var page = await platform.SignedInPageAsync(reviewer.AuthenticationKey);
        await page.GotoAsync("/hub");
        var row = page.Locator($"#cases-at-risk ~ table tr[data-case='{applicant.CaseId}']");
        Assert.Contains("documents awaiting verification", await row.InnerTextAsync());
        await PageChecks.AssertFitAsync(page);
        await row.Locator($"a[href='/hub/cases/{applicant.CaseId}']").ClickAsync();
        Assert.EndsWith($"/hub/cases/{applicant.CaseId}", page.Url);
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
