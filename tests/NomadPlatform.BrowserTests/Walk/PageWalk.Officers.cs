using System.Text.Json;
using NomadPlatform.Applicants;

namespace NomadPlatform.BrowserTests.Walk;

/// <summary>Each agency's officers in their own console: the Hub, the migration service, Arrival, the PSC.</summary>
public sealed partial class PageWalk
{
    string HubCase => $"/hub/cases/{CaseId}";

    public async Task VerifyTheDocumentsAsync()
    {
        var page = await OfficerPageAsync("hubintake", "DocumentReviewer");
        await page.ClickAsync("nav a[href='/hub']");
        await CheckAsync(page);
        await page.ClickAsync($"a[href='{HubCase}']");
        Assert.Equal(7, await page.Locator("main table tbody tr").CountAsync());
        await CheckAsync(page, "console-hub-case");
        await PageChecks.ActAsync(page, "Accept", "Accepted");
        await CheckAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>Time passes to the chosen slot; an interviewer holds the interview and records it.</summary>
    public async Task HoldTheInterviewAsync(DateTimeOffset startsAt)
    {
        if (startsAt > platform.Now) platform.AdvanceClock(startsAt - platform.Now + TimeSpan.FromMinutes(1));
        var page = await OfficerPageAsync("hubintake", "Interviewer");
        await page.GotoAsync(HubCase);
        await page.FillAsync("#notes", _typed.InterviewNotes);
        await CheckAsync(page);
        await PageChecks.ActAsync(page, "Result", "Recorded");
        await CheckAsync(page);
        await page.Context.CloseAsync();
    }

    public async Task EndorseAsync()
    {
        var page = await OfficerPageAsync("hubintake", "EndorsementSigner");
        await page.GotoAsync(HubCase);
        await PageChecks.ActAsync(page, "Endorse", "Endorsed");
        Assert.Equal(Text("HubStatus.Endorsed"), (await page.InnerTextAsync(".status-value")).Trim());
        await CheckAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>The ban registry first (none stands against the applicant), then a migration officer approves from the worklist.</summary>
    public async Task ApproveAsync()
    {
        var registrar = await OfficerPageAsync("approval", "BanRegistrar");
        await registrar.GotoAsync($"/approval/bans?iin={applicant.Iin}");
        await CheckAsync(registrar);
        await registrar.Context.CloseAsync();

        var page = await OfficerPageAsync("approval", "MigrationOfficer");
        var caseLink = page.Locator($"a[href='/approval/cases/{CaseId}']");
        await page.ClickAsync("nav a[href='/approval']");
        Assert.Equal(1, await caseLink.CountAsync());
        await CheckAsync(page);
        await caseLink.ClickAsync();
        await CheckAsync(page, "console-approval-case");
        await PageChecks.ActAsync(page, "Approve", "Approved");
        Assert.Equal(Text("RpStatus.Approved"), (await page.InnerTextAsync(".status-value")).Trim());
        await CheckAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>At the border, the biometrics desk (nine prints, one finger unable to print) and the migration police.</summary>
    public async Task ArriveAsync()
    {
        var arrivalCase = $"/arrival/cases/{CaseId}";
        var border = await OfficerPageAsync("arrival", "BorderOfficer");
        await border.ClickAsync("nav a[href='/arrival']");
        await ReloadUntilAsync(border, border.Locator($"a[href='{arrivalCase}']"));
        await CheckAsync(border);
        await border.ClickAsync($"a[href='{arrivalCase}']");
        await border.FillAsync("#enteredOn", platform.Today.ToString("yyyy-MM-dd"));
        await PageChecks.ActAsync(border, "Entry", "Entered");
        await CheckAsync(border);
        await border.Context.CloseAsync();

        var biometrics = await OfficerPageAsync("arrival", "BiometricsOfficer");
        await biometrics.GotoAsync(arrivalCase);
        await CheckAsync(biometrics, "console-arrival-tenprint");
        for (var position = 1; position <= 9; position++)
            await biometrics.SetInputFilesAsync($"#template-{TenPrint[position - 1]}", new FilePayload
            {
                Name = $"{TenPrint[position - 1]}.iso", MimeType = "application/octet-stream",
                Buffer = SyntheticFingerprints.Capture(applicant.FingerprintPerson, position, 1),
            });
        await biometrics.SelectOptionAsync("#missing-LeftLittle", "UnableToPrint");
        await PageChecks.ActAsync(biometrics, "Fingerprints", "Fingerprinted");
        Assert.Contains("9", await biometrics.InnerTextAsync("dl.facts"));
        await CheckAsync(biometrics);
        await biometrics.Context.CloseAsync();

        var police = await OfficerPageAsync("arrival", "MigrationPoliceOfficer");
        await police.GotoAsync(arrivalCase);
        await CheckAsync(police);
        await police.FillAsync("#medical-date", platform.Today.ToString("yyyy-MM-dd"));
        await police.FillAsync("#medical-clinic", _typed.Clinic);
        await police.FillAsync("#medical-certificate", "MED-" + Random.Shared.Next(100_000, 999_999));
        await PageChecks.ActAsync(police, "Medical", "Examined");
        await police.FillAsync("#housing-address", _typed.Address);
        await police.FillAsync("#housing-landlord", _typed.Landlord);
        await police.FillAsync("#housing-landlord-id", "791028302728");
        await police.FillAsync("#housing-starts", platform.Today.ToString("yyyy-MM-dd"));
        await police.FillAsync("#housing-ends", platform.Today.AddYears(1).ToString("yyyy-MM-dd"));
        await PageChecks.ActAsync(police, "Housing", "Housed");
        await CheckAsync(police);
        await PageChecks.ActAsync(police, "Complete", "Completed");
        Assert.Equal(Text("ArrivalStatus.Completed"), (await police.InnerTextAsync(".status-value")).Trim());
        await police.Context.CloseAsync();
    }

    /// <summary>At the PSC counter: a submission short of a document is refused with the reason, the full one taken, the permit issued. Returns its number.</summary>
    public async Task<string> IssueThePermitAsync()
    {
        var counter = await OfficerPageAsync("pscissuance", "PscOperator");
        await counter.ClickAsync("nav a[href='/psc']");
        await CheckAsync(counter);
        await counter.FillAsync("#case-number", CaseId.ToString());
        await counter.FillAsync("#office", "PSC-AST-01");
        await counter.CheckAsync("#document-ApplicationForm");
        await counter.ClickAsync("form[action*='handler=Submit'] button[type=submit]");
        await counter.WaitForSelectorAsync("footer");
        Assert.Contains(Text("PscDocument.HousingContract"), await counter.InnerTextAsync("#problem"));
        await CheckAsync(counter);

        await counter.FillAsync("#case-number", CaseId.ToString());
        await counter.FillAsync("#office", "PSC-AST-01");
        foreach (var document in CaseJourney.PscDocuments)
            await counter.CheckAsync($"#document-{document}");
        await counter.ClickAsync("form[action*='handler=Submit'] button[type=submit]");
        await counter.WaitForURLAsync(url => url.EndsWith("done=Submitted"));
        await CheckAsync(counter);
        await PageChecks.ActAsync(counter, "Issue", "Issued");
        var permitNumber = await counter.InnerTextAsync("section[aria-labelledby=permit] dd >> nth=0");
        await CheckAsync(counter, "console-psc-permit");
        await counter.GotoAsync("/psc?permit=issued");
        Assert.Contains(permitNumber, await counter.InnerTextAsync("table"));
        await CheckAsync(counter);
        // Another agency's console is closed to the PSC, in the reader's language.
        Assert.Equal(403, (await counter.GotoAsync("/hub"))!.Status);
        await CheckAsync(counter);
        await counter.Context.CloseAsync();
        return permitNumber;
    }

    /// <summary>The spouse's C2 visa follows the permit, once the permit's event has reached the migration service.</summary>
    public async Task IssueTheFamilyVisaAsync()
    {
        await applicant.WaitUntilAsync("approval", $"/api/rp-applications/{CaseId}", a => a.GetProperty("permitValidUntil").ValueKind != JsonValueKind.Null);
        var page = await OfficerPageAsync("approval", "MigrationOfficer");
        await page.GotoAsync($"/approval/cases/{CaseId}");
        await page.FillAsync("#visa-name", _typed.FamilyMember);
        await page.SelectOptionAsync("#visa-relationship", "Spouse");
        await page.FillAsync("#visa-birth", "1990-04-12");
        await page.FillAsync("#visa-passport", "C01X00T47");
        await PageChecks.ActAsync(page, "FamilyVisa", "FamilyVisaIssued");
        Assert.Contains(_typed.FamilyMember, await page.InnerTextAsync("section[aria-labelledby=family]"));
        await CheckAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>ISO/IEC 19794-2's finger positions, 1 to 10, as the form names them.</summary>
    internal static readonly string[] TenPrint =
        ["RightThumb", "RightIndex", "RightMiddle", "RightRing", "RightLittle", "LeftThumb", "LeftIndex", "LeftMiddle", "LeftRing", "LeftLittle"];
}
