using System.Globalization;
using System.Text.RegularExpressions;
using NomadPlatform.Applicants;

namespace NomadPlatform.BrowserTests.Walk;

/// <summary>The applicant's pages: home to submission, the interview's time, Phase 2, the notification, the permit.</summary>
public sealed partial class PageWalk
{
    public async Task SignInUploadSignAndSubmitAsync()
    {
        _authentication ??= await applicant.FileKeyAsync("Authentication");
        platform.SignerKeys.Use(_authentication, applicant.SigningKey);
        var page = await platform.NewPageAsync(language);
        await page.GotoAsync("/");
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await CheckAsync(page, "portal-home");
        await page.ClickAsync("main a[href='/cover-letter']");
        await CheckAsync(page);
        await page.GotoAsync("/applicant/documents");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        await CheckAsync(page);
        await page.ClickAsync("[data-sign]");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/applicant/documents");
        Assert.Contains(applicant.Iin, await page.InnerTextAsync("header"));
        await CheckAsync(page);

        var dossier = applicant.PrepareDossier();
        // A file that is no passport copy is refused on the spot, its reason at the field; then the right one goes up.
        await UploadAsync(page, "PassportCopy", new FilePayload { Name = "passport.txt", MimeType = "text/plain", Buffer = "not a passport"u8.ToArray() });
        Assert.NotEmpty((await page.InnerTextAsync("#error-PassportCopy")).Trim());
        Assert.Equal("true", await page.GetAttributeAsync("#file-PassportCopy", "aria-invalid"));
        await CheckAsync(page, "portal-refused-upload");
        foreach (var file in dossier.Files)
            await UploadAsync(page, file.Kind, new FilePayload { Name = file.FileName, MimeType = file.ContentType, Buffer = file.Bytes });
        Assert.Equal(7, await page.Locator(".kind .complete").CountAsync());
        await CheckAsync(page, "portal-documents");

        await page.ClickAsync("main a.button[href='/applicant/application']");
        await page.FillAsync("#passport", platform.Today.AddYears(5).ToString("yyyy-MM-dd"));
        foreach (var file in dossier.Files) await DeclareAsync(page, file);
        // Without higher education the form is sent back, the field marked and described.
        await page.ClickAsync("button[formaction*='handler=Review']");
        Assert.Equal("true", await page.GetAttributeAsync("#Form-Education-0-Institution", "aria-invalid"));
        await CheckAsync(page);
        await page.FillAsync("#Form-Education-0-Institution", _typed.Institution);
        await page.FillAsync("#Form-Education-0-Degree", _typed.Degree);
        await page.FillAsync("#Form-Education-0-GraduationYear", "2015");
        await page.FillAsync("#Form-Courses-0-Title", _typed.Course);
        await page.FillAsync("#Form-Courses-0-Year", "2021");
        await page.FillAsync("#Form-Experience-0-Company", _typed.Company);
        await page.FillAsync("#Form-Experience-0-Position", _typed.Position);
        await page.FillAsync("#Form-Experience-0-FromYear", "2018");
        await page.ClickAsync("button[formaction*='handler=Review']");
        Assert.Contains(_typed.Institution, await page.InnerTextAsync("main"));
        await CheckAsync(page, "portal-review");

        await SignAsync(page);
        var caseId = Regex.Match(page.Url, "/applicant/cases/([0-9a-f-]{36})$");
        Assert.True(caseId.Success, await page.InnerTextAsync("main"));
        CaseId = Guid.Parse(caseId.Groups[1].Value);
        await ReloadUntilAsync(page, page.Locator(".timeline li"));
        Assert.Single(await page.Locator(".timeline li").AllAsync());
        await CheckAsync(page, "portal-case");

        await page.GotoAsync("/");
        Assert.Equal(1, await page.Locator("main table tbody tr").CountAsync());
        await GiveMailAddressAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>From the inbox: notices are to be mailed, in the walk's language (an address the service refuses first).</summary>
    async Task GiveMailAddressAsync(IPage page)
    {
        await page.ClickAsync("nav a[href='/applicant/inbox']");
        await CheckAsync(page);
        await page.ClickAsync("a[href='/applicant/contact']");
        await CheckAsync(page);
        await page.FillAsync("#Email", "dana@localhost"); // the browser takes it; the service wants a domain with a dot
        await page.ClickAsync("main button[type=submit]");
        Assert.Equal("true", await page.GetAttributeAsync("#Email", "aria-invalid"));
        await CheckAsync(page);
        await page.FillAsync("#Email", MailAddress);
        await page.CheckAsync($"#language-{language}");
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("done=Contact"));
        Assert.Contains(MailAddress, await page.InnerTextAsync("main"));
        await CheckAsync(page);
    }

    /// <summary>The documents verified, the applicant picks one of the free half-hours; returns its start.</summary>
    public async Task<DateTimeOffset> ChooseInterviewTimeAsync()
    {
        await platform.Staff.OfficerAsync("hubintake", "Interviewer"); // the Hub has someone to hold it
        var page = await ApplicantPageAsync();
        var choose = page.Locator("form[action*='handler=Interview'] button[type=submit]");
        await page.GotoAsync(CasePage);
        await ReloadUntilAsync(page, choose);
        await choose.ClickAsync(); // nothing chosen: the error sits with the times
        Assert.Equal(Text("Case.ChooseTimeMissing"), (await page.InnerTextAsync("#startsAt-error")).Trim());
        await CheckAsync(page);
        // The browser runs in UTC: each time reads in Astana time, the reader's own beside it.
        var slot = page.Locator("input[name=startsAt]").Nth(2);
        Assert.Contains(Text("Time.Yours"), await page.InnerTextAsync($"label[for='{await slot.GetAttributeAsync("id")}']"));
        var startsAt = DateTimeOffset.Parse((await slot.GetAttributeAsync("value"))!);
        await CheckAsync(page, "portal-interview-choice");
        await slot.CheckAsync();
        await choose.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == CasePage && !url.Contains("handler"));
        Assert.Equal(0, await choose.CountAsync());
        Assert.Contains(startsAt.ToOffset(TimeSpan.FromHours(5)).ToString("t", CultureInfo.GetCultureInfo(language)), await page.InnerTextAsync("dl.facts"));
        await CheckAsync(page);
        await page.Context.CloseAsync();
        return startsAt;
    }

    /// <summary>Phase 2 once the endorsement has reached the migration service: the form, the state duty, the signature.</summary>
    public async Task FileResidencePermitApplicationAsync()
    {
        var page = await ApplicantPageAsync();
        var filingLink = page.Locator($"a[href='{CasePage}/filing']");
        await page.GotoAsync(CasePage);
        await ReloadUntilAsync(page, filingLink);
        Assert.Contains(Text("Time.Yours"), await page.InnerTextAsync("dl.facts"));
        await CheckAsync(page);
        await filingLink.ClickAsync();
        Assert.False(string.IsNullOrEmpty(await page.InputValueAsync("#AmountKzt")), "The state duty of the year is offered as the amount.");
        await CheckAsync(page);

        await page.FillAsync("#Email", MailAddress);
        await page.FillAsync("#Phone", "+491701234567");
        await page.FillAsync("#IntendedAddress", _typed.Address);
        await page.FillAsync("#PaymentReference", "KZ-DUTY-" + Random.Shared.Next(100_000, 999_999));
        await page.FillAsync("#PaidOn", platform.Today.ToString("yyyy-MM-dd"));
        await page.ClickAsync("form[action*='handler=Review'] button[type=submit]");
        Assert.Contains("+491701234567", await page.InnerTextAsync("main"));
        await CheckAsync(page);

        await SignAsync(page);
        Assert.True(page.Url.EndsWith(CasePage), await page.InnerTextAsync("main"));
        Assert.Equal(0, await filingLink.CountAsync());
        await CheckAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>The approval reaches the applicant: the 30-day countdown, the notice in the inbox, the same notice by mail.</summary>
    public async Task ReadTheNotificationAsync()
    {
        var page = await ApplicantPageAsync();
        await page.GotoAsync(CasePage);
        Assert.Contains("30", await page.InnerTextAsync(".countdown"));
        await CheckAsync(page, "portal-notification");

        await page.ClickAsync("nav a[href='/applicant/inbox']");
        var approval = page.Locator("li.unread[data-kind=ApprovalGranted]");
        await ReloadUntilAsync(page, approval);
        await CheckAsync(page, "portal-inbox");
        var subject = (await approval.Locator("h2").InnerTextAsync()).Replace(Text("Inbox.New") + ": ", "");
        var unread = await page.Locator("li.unread").CountAsync();
        await approval.Locator("button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("footer");
        Assert.Equal(unread - 1, await page.Locator("li.unread").CountAsync());
        await CheckAsync(page);
        await page.Context.CloseAsync();

        // Mailed in the language chosen for mail, which is the walk's: the inbox's words.
        var mails = await platform.Mail.To(MailAddress, atLeast: 3);
        Assert.Contains(subject, mails.Select(mail => mail.Subject));
    }

    /// <summary>After arrival: the applicant is told what to bring to the PSC.</summary>
    public async Task SeeArrivalCompletedAsync()
    {
        var page = await ApplicantPageAsync();
        await page.GotoAsync(CasePage);
        var arrival = await page.InnerTextAsync("section[aria-labelledby=arrival]");
        Assert.Contains(Text("Case.ArrivalCompleted"), arrival);
        Assert.Contains(Text("PscDocument.HousingContract"), arrival);
        Assert.Equal(0, await page.Locator(".countdown").CountAsync()); // the window is met
        await CheckAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>The permit and the family's C2 visa on the case page, the permit's notice in the inbox; and another's case is not there.</summary>
    public async Task SeeThePermitAsync(string permitNumber)
    {
        var page = await ApplicantPageAsync();
        await page.GotoAsync(CasePage);
        Assert.Contains(permitNumber, await page.InnerTextAsync("section[aria-labelledby=permit]"));
        Assert.Contains(_typed.FamilyMember, await page.InnerTextAsync("section[aria-labelledby=family]"));
        await CheckAsync(page, "portal-permit");
        await page.ClickAsync("nav a[href='/applicant/inbox']");
        await ReloadUntilAsync(page, page.Locator("li[data-kind=PermitIssued]"));
        Assert.Equal(1, await page.Locator("li[data-kind=PermitIssued]").CountAsync());
        await CheckAsync(page);
        Assert.Equal(404, (await page.GotoAsync($"/applicant/cases/{Guid.NewGuid()}"))!.Status);
        await CheckAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// From the case page to the list of who saw or changed the applicant's data: the officers of every
    /// agency that worked the case are there with their roles and what they read, the registering consul
    /// too, and none of the applicant's own steps.
    /// </summary>
    public async Task SeeWhoSawTheDataAsync()
    {
        var page = await ApplicantPageAsync();
        await page.GotoAsync(CasePage);
        await page.ClickAsync($"main a[href='/applicant/accesses?caseId={CaseId}']");
        foreach (var (agency, role) in new[] { ("hubintake", "DocumentReviewer"), ("approval", "MigrationOfficer"), ("arrival", "BorderOfficer"), ("pscissuance", "PscOperator") })
        {
            var reads = page.Locator($"table.accesses tr[data-agency={agency}][data-role*={role}][data-action^='read:']");
            Assert.True(await reads.CountAsync() > 0, $"No read by the {role} at {agency} in: {await page.InnerTextAsync("main")}");
            Assert.Contains(Text($"Role.{role}"), await reads.First.InnerTextAsync());
        }
        Assert.Equal(0, await page.Locator("table.accesses tr[data-role=Applicant]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-unanswered]").CountAsync());
        await CheckAsync(page, "portal-accesses");

        // The whole list, from the menu: the consul who registered the person is in it, though not in any case.
        await page.ClickAsync("nav a[href='/applicant/accesses']");
        Assert.True(await page.Locator("table.accesses tr[data-agency=identity][data-role*=ConsularOfficer]").CountAsync() > 0);
        await CheckAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>The signer signs what the page shows and the form goes; a signer's failure is the test's message.</summary>
    internal static async Task SignAsync(IPage page)
    {
        var signed = page.WaitForURLAsync(url => !url.Contains("handler="), new() { WaitUntil = WaitUntilState.Commit });
        Assert.True(await page.Locator("[data-sign]").CountAsync() == 1, $"Nothing to sign at {page.Url}: {await page.InnerTextAsync("main")}");
        await page.ClickAsync("[data-sign]");
        var failed = page.WaitForSelectorAsync("[data-sign-status]:has-text('(')", new() { State = WaitForSelectorState.Attached });
        if (await Task.WhenAny(signed, failed) == failed && !signed.IsCompleted)
            Assert.Fail($"The signer failed: {await page.InnerTextAsync("[data-sign-status]")}");
        await signed;
        await page.WaitForSelectorAsync("footer");
    }

    static async Task DeclareAsync(IPage page, DossierFile file)
    {
        var fieldset = page.Locator("fieldset", new() { Has = page.Locator($"input[type=hidden][value='{file.Sha256}']") });
        if (file.IssuingCountry is { } country) await fieldset.Locator("input[name$='.IssuingCountry']").FillAsync(country);
        if (file.Certification is { } certification) await fieldset.Locator("select[name$='.Certification']").SelectOptionAsync(certification);
        if (file.IssuedOn is { } issuedOn) await fieldset.Locator("input[name$='.IssuedOn']").FillAsync(issuedOn.ToString("yyyy-MM-dd"));
        if (file.Language is { } documentLanguage) await fieldset.Locator("select[name$='.Language']").SelectOptionAsync(documentLanguage);
    }
}
