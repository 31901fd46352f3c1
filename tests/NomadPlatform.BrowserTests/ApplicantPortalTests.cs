using System.Net;

namespace NomadPlatform.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class ApplicantPortalTests(PortalPlatform platform)
{
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
}
