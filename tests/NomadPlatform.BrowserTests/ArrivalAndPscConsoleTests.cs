using NomadPlatform.Applicants;

namespace NomadPlatform.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class ArrivalAndPscConsoleTests(PortalPlatform platform)
{
    [Fact]
    public async Task Officers_carry_an_approved_case_through_arrival_and_the_PSC_to_its_permit_and_a_C2_visa_which_the_applicant_then_sees()
    {
        using var applicant = await ApprovedApplicantAsync();
        var arrivalCase = $"/arrival/cases/{applicant.CaseId}";

        var border = await OfficerPageAsync("arrival", "BorderOfficer");
        await border.ClickAsync("nav a[href='/arrival']");
        await WaitForLinkAsync(border, arrivalCase);
        await PageChecks.AssertFitAsync(border);
        await border.ClickAsync($"a[href='{arrivalCase}']");
        await border.FillAsync("#enteredOn", platform.Today.ToString("yyyy-MM-dd"));
        await PageChecks.ActAsync(border, "Entry", "Entered");
        await PageChecks.AssertFitAsync(border);
        await border.Context.CloseAsync();

        var biometrics = await OfficerPageAsync("arrival", "BiometricsOfficer");
        await biometrics.GotoAsync(arrivalCase);
        await PageChecks.AssertFitAsync(biometrics);
        await PageChecks.ScreenshotAsync(biometrics, "console-arrival-tenprint-en");
        for (var position = 1; position <= 9; position++)
            await biometrics.SetInputFilesAsync($"#template-{TenPrint(position)}", new FilePayload
            {
                Name = $"{TenPrint(position)}.iso", MimeType = "application/octet-stream",
                Buffer = SyntheticFingerprints.Capture(applicant.FingerprintPerson, position, 1),
            });
        await biometrics.SelectOptionAsync("#missing-LeftLittle", "UnableToPrint");
        await PageChecks.ActAsync(biometrics, "Fingerprints", "Fingerprinted");
        Assert.Contains("9", await biometrics.InnerTextAsync("dl.facts"));
        await biometrics.Context.CloseAsync();

        var police = await OfficerPageAsync("arrival", "MigrationPoliceOfficer");
        await police.GotoAsync(arrivalCase);
        await PageChecks.AssertFitAsync(police);
        await police.FillAsync("#medical-date", platform.Today.ToString("yyyy-MM-dd"));
        await police.FillAsync("#medical-clinic", "City Polyclinic No. 4, Astana");
        await police.FillAsync("#medical-certificate", "MED-" + Random.Shared.Next(100_000, 999_999));
        await PageChecks.ActAsync(police, "Medical", "Examined");
        await police.FillAsync("#housing-address", "Astana, Mangilik El avenue 55/20");
        await police.FillAsync("#housing-landlord", "Aigerim Nurlanovna Bekova");
        await police.FillAsync("#housing-landlord-id", "791028302728");
        await police.FillAsync("#housing-starts", platform.Today.ToString("yyyy-MM-dd"));
        await police.FillAsync("#housing-ends", platform.Today.AddYears(1).ToString("yyyy-MM-dd"));
        await PageChecks.ActAsync(police, "Housing", "Housed");
        await PageChecks.AssertFitAsync(police);
        await PageChecks.ActAsync(police, "Complete", "Completed");
        Assert.Contains("Arrival completed", await police.InnerTextAsync(".status-value"));
        await police.Context.CloseAsync();

        using var authentication = await applicant.FileKeyAsync("Authentication");
        var own = await platform.SignedInPageAsync(authentication);
        await own.GotoAsync($"/applicant/cases/{applicant.CaseId}");
        Assert.Contains("Public Service Center", await own.InnerTextAsync("section[aria-labelledby=arrival]"));
        await PageChecks.AssertFitAsync(own);

        var counter = await OfficerPageAsync("pscissuance", "PscOperator");
        await counter.ClickAsync("nav a[href='/psc']");
        await PageChecks.AssertFitAsync(counter);
        await counter.FillAsync("#case-number", applicant.CaseId.ToString());
        await counter.FillAsync("#office", "PSC-AST-01");
        await counter.CheckAsync("#document-ApplicationForm");
        await counter.ClickAsync("form[action*='handler=Submit'] button[type=submit]");
        await counter.WaitForSelectorAsync("footer");
        Assert.Contains("Housing contract: The housing contract is required at the PSC.", await counter.InnerTextAsync("#problem"));
        await PageChecks.AssertFitAsync(counter);

        await counter.FillAsync("#case-number", applicant.CaseId.ToString());
        await counter.FillAsync("#office", "PSC-AST-01");
        foreach (var document in new[] { "ApplicationForm", "Passport", "Photo", "MedicalCertificate", "HousingContract" })
            await counter.CheckAsync($"#document-{document}");
        await counter.ClickAsync("form[action*='handler=Submit'] button[type=submit]");
        await counter.WaitForURLAsync(url => url.EndsWith("done=Submitted"));
        await PageChecks.ActAsync(counter, "Issue", "Issued");
        var permitNumber = await counter.InnerTextAsync("section[aria-labelledby=permit] dd >> nth=0");
        await PageChecks.AssertFitAsync(counter);
        await PageChecks.ScreenshotAsync(counter, "console-psc-permit-en");
        await counter.GotoAsync("/psc?permit=issued");
        Assert.Contains(permitNumber, await counter.InnerTextAsync("table"));
        await counter.Context.CloseAsync();

        // The spouse's C2 visa follows the permit, once the permit's event has reached the migration service.
        await applicant.WaitUntilAsync("approval", $"/api/rp-applications/{applicant.CaseId}", a => a.GetProperty("permitValidUntil").ValueKind != System.Text.Json.JsonValueKind.Null);
        var migration = await OfficerPageAsync("approval", "MigrationOfficer");
        await migration.GotoAsync($"/approval/cases/{applicant.CaseId}");
        await migration.FillAsync("#visa-name", "Aruzhan Nomad");
        await migration.SelectOptionAsync("#visa-relationship", "Spouse");
        await migration.FillAsync("#visa-birth", "1990-04-12");
        await migration.FillAsync("#visa-passport", "C01X00T47");
        await PageChecks.ActAsync(migration, "FamilyVisa", "FamilyVisaIssued");
        Assert.Contains("Aruzhan Nomad", await migration.InnerTextAsync("section[aria-labelledby=family]"));
        await PageChecks.AssertFitAsync(migration);
        await migration.Context.CloseAsync();

        await own.ReloadAsync();
        Assert.Contains(permitNumber, await own.InnerTextAsync("section[aria-labelledby=permit]"));
        Assert.Contains("Aruzhan Nomad", await own.InnerTextAsync("section[aria-labelledby=family]"));
        await PageChecks.AssertFitAsync(own);
        await PageChecks.ScreenshotAsync(own, "portal-permit-en");
        await own.Context.CloseAsync();
    }

    [Fact]
    public async Task A_biometrics_officer_finds_a_fingerprint_match_on_the_worklist_and_clears_it_with_a_reason()
    {
        using var first = await ApprovedApplicantAsync();
        await first.EnterAsync();
        await first.RegisterFingerprintsAsync();
        using var second = await ApprovedApplicantAsync();
        second.FingerprintPerson = first.FingerprintPerson;
        await second.EnterAsync();
        await second.RegisterFingerprintsAsync();

        var biometrics = await OfficerPageAsync("arrival", "BiometricsOfficer");
        await biometrics.GotoAsync("/arrival?status=AwaitingArrival&stage=flagged");
        await biometrics.ClickAsync($"a[href='/arrival/cases/{second.CaseId}']");
        Assert.Contains(first.Iin, await biometrics.InnerTextAsync("table"));
        await PageChecks.AssertFitAsync(biometrics);
        await biometrics.FillAsync("#clearance-reason", "Identical twins: birth certificates checked at the counter.");
        await PageChecks.ActAsync(biometrics, "Clear", "Cleared");
        Assert.Contains("Identical twins", await biometrics.InnerTextAsync("main"));
        await biometrics.GotoAsync("/arrival?status=AwaitingArrival&stage=flagged");
        Assert.Equal(0, await biometrics.Locator($"a[href='/arrival/cases/{second.CaseId}']").CountAsync());
        await biometrics.Context.CloseAsync();
    }

    [Fact]
    public async Task Arrival_and_PSC_officers_cannot_open_each_others_console()
    {
        var border = await OfficerPageAsync("arrival", "BorderOfficer");
        Assert.Equal(403, (await border.GotoAsync("/psc"))!.Status);
        Assert.Equal(403, (await border.GotoAsync("/approval"))!.Status);
        await border.Context.CloseAsync();
        var counter = await OfficerPageAsync("pscissuance", "PscOperator");
        Assert.Equal(403, (await counter.GotoAsync("/arrival"))!.Status);
        Assert.Equal(403, (await counter.GotoAsync($"/arrival/cases/{Guid.NewGuid()}"))!.Status);
        await counter.Context.CloseAsync();
    }

    async Task<CaseJourney> ApprovedApplicantAsync()
    {
        var applicant = await platform.RegisteredApplicantAsync();
        await applicant.SubmitAsync(platform.Today.AddYears(5));
        await applicant.EndorseAsync();
        await applicant.ApproveAsync();
        return applicant;
    }

    async Task<IPage> OfficerPageAsync(string agency, string role) =>
        await platform.SignedInPageAsync((await platform.Staff.OfficerAsync(agency, role)).AuthenticationKey);

    /// <summary>Arrival opens the window on the approval's event, a moment after the approval itself.</summary>
    static async Task WaitForLinkAsync(IPage page, string href)
    {
        for (var attempt = 0; attempt < 30 && await page.Locator($"a[href='{href}']").CountAsync() == 0; attempt++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
    }

    /// <summary>ISO/IEC 19794-2's finger positions, 1 to 10, as the form names them.</summary>
    static string TenPrint(int position) =>
        new[] { "RightThumb", "RightIndex", "RightMiddle", "RightRing", "RightLittle", "LeftThumb", "LeftIndex", "LeftMiddle", "LeftRing", "LeftLittle" }[position - 1];
}
