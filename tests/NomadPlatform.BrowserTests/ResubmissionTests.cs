using System.Text.Json;
using System.Text.RegularExpressions;
using NomadPlatform.Applicants;

namespace NomadPlatform.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class ResubmissionTests(PortalPlatform platform)
{
    [Fact]
    public async Task The_applicant_replaces_a_returned_photo_and_signs_the_whole_application_again_for_the_same_case()
    {
        using var applicant = await platform.RegisteredApplicantAsync();
        await applicant.SubmitAsync(platform.Today.AddYears(5));
        await applicant.SendAsync<JsonElement>("hubintake", HttpMethod.Post, $"/api/applications/{applicant.CaseId}/document-verification",
            new { decision = "Return", returns = new[] { new { kind = "Photo", reason = "The photo is too dark; send a brighter colour one." } } },
            await applicant.OfficerAsync("hubintake", "DocumentReviewer"));
        using var authentication = await applicant.FileKeyAsync("Authentication");
        var page = await platform.SignedInPageAsync(authentication, applicant.SigningKey);
        var casePage = $"/applicant/cases/{applicant.CaseId}";

        await page.GotoAsync(casePage);
        Assert.Contains("too dark", await page.InnerTextAsync("section[aria-labelledby=returned]"));
        await PageChecks.AssertFitAsync(page);
        await page.ClickAsync("section[aria-labelledby=returned] a[href='/applicant/documents']");
        // The returned photo stays with the application it was signed in; the new one is uploaded beside it.
        // Synthetic photos repeat every 60 seeds: take one that is surely not the returned file.
        var returned = applicant.Dossier!.Files.Single(f => f.Kind == "Photo").Bytes;
        var brighter = Enumerable.Range(200, 16).Select(seed => SyntheticFiles.Photo(seed: seed)).First(photo => !photo.AsSpan().SequenceEqual(returned));
        await Walk.PageWalk.UploadAsync(page, "Photo", new FilePayload { Name = "photo-brighter.jpg", MimeType = "image/jpeg", Buffer = brighter });
        Assert.Contains("photo-brighter.jpg", await page.InnerTextAsync(".kind:has(#file-Photo)"));

        await page.GotoAsync(casePage);
        await page.ClickAsync($"section[aria-labelledby=returned] a[href='/applicant/application?caseId={applicant.CaseId}']");
        Assert.False(string.IsNullOrEmpty(await page.InputValueAsync("#passport")), "The form starts from the manifest signed before.");
        Assert.False(string.IsNullOrEmpty(await page.InputValueAsync("#Form-Education-0-Institution")));
        await PageChecks.AssertFitAsync(page);
        await page.ClickAsync("button[formaction*='handler=Review']");
        await page.ClickAsync("[data-sign]");
        await page.WaitForURLAsync(url => !url.EndsWith("handler=Review"), new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForSelectorAsync("footer");
        Assert.True(Regex.IsMatch(page.Url, $"{casePage}$"), await page.InnerTextAsync("main"));

        var application = await applicant.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/applications/{applicant.CaseId}", user: await applicant.ApplicantAsync());
        Assert.Equal("Submitted", application.GetProperty("status").GetString());
        Assert.Equal(0, await page.Locator("section[aria-labelledby=returned]").CountAsync());
        await page.Context.CloseAsync();
    }
}
