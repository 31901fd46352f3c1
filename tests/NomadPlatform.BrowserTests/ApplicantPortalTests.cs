using System.Net;
using System.Text.RegularExpressions;
using NomadPlatform.Applicants;

namespace NomadPlatform.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class ApplicantPortalTests(PortalPlatform platform)
{
    [Theory]
    [InlineData("en")]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task An_applicant_signs_in_with_NCALayer_uploads_the_documents_signs_and_submits_the_application(string language)
    {
        using var applicant = await platform.RegisteredApplicantAsync();
        using var authentication = await applicant.FileKeyAsync("Authentication");
        platform.SignerKeys.Use(authentication, applicant.SigningKey);
        var page = await platform.NewPageAsync(language);

        await page.GotoAsync("/");
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await PageChecks.AssertFitAsync(page);
        await PageChecks.ScreenshotAsync(page, $"portal-home-{language}");
        await page.ClickAsync("main a[href='/cover-letter']");
        await PageChecks.AssertFitAsync(page);
        await page.GotoAsync("/");
        await page.ClickAsync("main a[href='/signin']");
        await PageChecks.AssertFitAsync(page);
        await page.ClickAsync("[data-sign]");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        Assert.Contains(applicant.Iin, await page.InnerTextAsync("header"));
        await PageChecks.AssertFitAsync(page);

        await page.GotoAsync("/applicant/documents");
        var dossier = applicant.PrepareDossier();
        // A file that is no passport copy is refused on the spot, its reason at the field; then the right one goes up.
        await UploadAsync(page, "PassportCopy", new FilePayload { Name = "passport.txt", MimeType = "text/plain", Buffer = "not a passport"u8.ToArray() });
        Assert.NotEmpty((await page.InnerTextAsync("#error-PassportCopy")).Trim());
        Assert.Equal("true", await page.GetAttributeAsync("#file-PassportCopy", "aria-invalid"));
        await PageChecks.AssertFitAsync(page);
        await PageChecks.ScreenshotAsync(page, $"portal-refused-upload-{language}");
        foreach (var file in dossier.Files)
            await UploadAsync(page, file.Kind, new FilePayload { Name = file.FileName, MimeType = file.ContentType, Buffer = file.Bytes });
        Assert.Equal(7, await page.Locator(".kind .complete").CountAsync());
        await PageChecks.AssertFitAsync(page);
        await PageChecks.ScreenshotAsync(page, $"portal-documents-{language}");

        await page.ClickAsync("main a.button[href='/applicant/application']");
        await page.FillAsync("#passport", platform.Today.AddYears(5).ToString("yyyy-MM-dd"));
        foreach (var file in dossier.Files) await DeclareAsync(page, file);
        // Without higher education the form is sent back, the field marked and described.
        await page.ClickAsync("button[formaction*='handler=Review']");
        Assert.Equal("true", await page.GetAttributeAsync("#Form-Education-0-Institution", "aria-invalid"));
        await PageChecks.AssertFitAsync(page);
        await page.FillAsync("#Form-Education-0-Institution", "Technical University of Munich");
        await page.FillAsync("#Form-Education-0-Degree", "MSc Computer Science");
        await page.FillAsync("#Form-Education-0-GraduationYear", "2015");
        await page.FillAsync("#Form-Courses-0-Title", "Distributed Systems in Practice");
        await page.FillAsync("#Form-Courses-0-Year", "2021");
        await page.FillAsync("#Form-Experience-0-Company", "Acme GmbH");
        await page.FillAsync("#Form-Experience-0-Position", "Senior engineer");
        await page.FillAsync("#Form-Experience-0-FromYear", "2018");
        await page.ClickAsync("button[formaction*='handler=Review']");
        Assert.Contains("Technical University of Munich", await page.InnerTextAsync("main"));
        await PageChecks.AssertFitAsync(page);
        await PageChecks.ScreenshotAsync(page, $"portal-review-{language}");

        await page.ClickAsync("[data-sign]");
        await page.WaitForURLAsync(url => !url.EndsWith("handler=Review"), new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForSelectorAsync("footer");
        Assert.True(Regex.IsMatch(page.Url, "/applicant/cases/[0-9a-f-]{36}$"), await page.InnerTextAsync("main"));
        // The timeline is written from the Hub's own event a moment later: the applicant reloads to see it.
        for (var attempt = 0; attempt < 20 && await page.Locator(".timeline li").CountAsync() == 0; attempt++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        Assert.Single(await page.Locator(".timeline li").AllAsync());
        await PageChecks.AssertFitAsync(page);
        await PageChecks.ScreenshotAsync(page, $"portal-case-{language}");

        await page.GotoAsync("/");
        Assert.Equal(1, await page.Locator("main table tbody tr").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_applicant_cannot_open_another_applicants_case_page()
    {
        using var owner = await platform.RegisteredApplicantAsync();
        await owner.SubmitAsync(platform.Today.AddYears(5));

        using var other = await platform.RegisteredApplicantAsync("FR");
        using var authentication = await other.FileKeyAsync("Authentication");
        var page = await platform.SignedInPageAsync(authentication, other.SigningKey);

        var response = await page.GotoAsync($"/applicant/cases/{owner.CaseId}");
        Assert.Equal((int)HttpStatusCode.NotFound, response!.Status);
        await PageChecks.AssertFitAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_revoked_certificate_is_refused_at_sign_in_with_the_reason_in_the_readers_language()
    {
        using var applicant = await platform.RegisteredApplicantAsync();
        using var authentication = await applicant.FileKeyAsync("Authentication");
        using var identity = platform.Client("identity");
        var tokens = await NomadPlatform.Eds.Signing.EdsSignIn.SignInAsync(identity, authentication, platform.Now);
        using var revocation = new HttpRequestMessage(HttpMethod.Post, $"/api/certificates/{authentication.Certificate.SerialNumber}/revocation")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { reason = "KeyCompromise" }),
        };
        revocation.Headers.Authorization = new("Bearer", tokens.AccessToken);
        (await identity.SendAsync(revocation)).EnsureSuccessStatusCode();

        platform.SignerKeys.Use(authentication, applicant.SigningKey);
        var page = await platform.NewPageAsync("kk");
        await page.GotoAsync("/signin");
        await page.ClickAsync("[data-sign]");
        await page.WaitForSelectorAsync("#problem");

        // Refused by the signature check or by the register, the sentence is Kazakh (a check's own detail may quote the CA).
        Assert.Matches("Қолтаңба тексеруден өтпейді|Сертификат .* кері қайтарылған", await page.InnerTextAsync("#problem"));
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        await PageChecks.AssertFitAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Pages_of_the_applicant_ask_for_a_sign_in_first()
    {
        var page = await platform.NewPageAsync("ru");
        await page.GotoAsync("/applicant/documents");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        await PageChecks.AssertFitAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_language_switch_keeps_the_readers_choice_and_signing_out_ends_the_session()
    {
        using var applicant = await platform.RegisteredApplicantAsync();
        using var authentication = await applicant.FileKeyAsync("Authentication");
        var page = await platform.SignedInPageAsync(authentication, applicant.SigningKey);
        await page.ClickAsync("form.languages button[value='kk']");
        await page.WaitForSelectorAsync("html[lang='kk']");
        await page.GotoAsync("/applicant/documents");
        Assert.Equal("kk", await page.GetAttributeAsync("html", "lang"));
        await PageChecks.AssertFitAsync(page);

        await page.ClickAsync("form.session button[type=submit]");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await page.GotoAsync("/applicant/documents");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        await page.Context.CloseAsync();
    }

    /// <summary>Uploads through the page's script (with its progress bar) and waits for the answered page to take the old one's place.</summary>
    internal static async Task UploadAsync(IPage page, string kind, FilePayload file)
    {
        await page.SetInputFilesAsync($"#file-{kind}", file);
        var before = await page.QuerySelectorAsync("main");
        await page.ClickAsync($"form:has(#file-{kind}) button[type=submit]");
        await page.WaitForFunctionAsync("main => !main.isConnected", before);
    }

    static async Task DeclareAsync(IPage page, DossierFile file)
    {
        var fieldset = page.Locator("fieldset", new() { Has = page.Locator($"input[type=hidden][value='{file.Sha256}']") });
        if (file.IssuingCountry is { } country) await fieldset.Locator("input[name$='.IssuingCountry']").FillAsync(country);
        if (file.Certification is { } certification) await fieldset.Locator("select[name$='.Certification']").SelectOptionAsync(certification);
        if (file.IssuedOn is { } issuedOn) await fieldset.Locator("input[name$='.IssuedOn']").FillAsync(issuedOn.ToString("yyyy-MM-dd"));
        if (file.Language is { } language) await fieldset.Locator("select[name$='.Language']").SelectOptionAsync(language);
    }
}
