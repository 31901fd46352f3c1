namespace NomadPlatform.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class ApprovalConsoleTests(PortalPlatform platform)
{
    [Fact]
    public async Task A_migration_officer_refuses_citing_a_statutory_ground()
    {
        using var applicant = await FiledApplicationAsync();
        var officer = await platform.Staff.OfficerAsync("approval", "MigrationOfficer");
        var page = await platform.SignedInPageAsync(officer.AuthenticationKey);
        await page.GotoAsync($"/approval/cases/{applicant.CaseId}");
        var ground = await page.GetAttributeAsync("input[name=grounds] >> nth=0", "value");
        await page.CheckAsync("input[name=grounds] >> nth=0");
        await PageChecks.ActAsync(page, "Refuse", "Refused");
        Assert.Contains(ground!, await page.InnerTextAsync("main"));
        await PageChecks.AssertFitAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_ban_registrar_records_a_ban_and_then_finds_it_standing()
    {
        using var person = await platform.RegisteredApplicantAsync();
        var registrar = await platform.Staff.OfficerAsync("approval", "BanRegistrar");
        var page = await platform.SignedInPageAsync(registrar.AuthenticationKey);
        await page.GotoAsync($"/approval/bans?iin={person.Iin}");
        var before = await page.InnerTextAsync("section[aria-labelledby=lookup] p[role=status]");
        await PageChecks.AssertFitAsync(page);

        await page.FillAsync("#ban-iin", person.Iin);
        await page.SelectOptionAsync("#ban-reason", "Deportation");
        await page.FillAsync("#ban-starts", platform.Today.ToString("yyyy-MM-dd"));
        await page.ClickAsync("main form[method=post] button[type=submit]");
        await page.WaitForSelectorAsync("div.notice[role=status]");
        await page.GotoAsync($"/approval/bans?iin={person.Iin}");
        Assert.NotEqual(before, await page.InnerTextAsync("section[aria-labelledby=lookup] p[role=status]"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_Hub_officer_cannot_open_the_migration_services_console()
    {
        var hubOfficer = await platform.Staff.OfficerAsync("hubintake", "DocumentReviewer");
        var page = await platform.SignedInPageAsync(hubOfficer.AuthenticationKey);
        Assert.Equal(403, (await page.GotoAsync("/approval"))!.Status);
        Assert.Equal(403, (await page.GotoAsync("/approval/bans"))!.Status);
        await page.Context.CloseAsync();
    }

    async Task<CaseJourney> FiledApplicationAsync()
    {
        var applicant = await platform.RegisteredApplicantAsync();
        await applicant.SubmitAsync(platform.Today.AddYears(5));
        await applicant.EndorseAsync();
        await applicant.FileRpApplicationAsync();
        return applicant;
    }
}
