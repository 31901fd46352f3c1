using System.Text.RegularExpressions;

namespace NomadPlatform.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class PhaseTwoTests(PortalPlatform platform)
{
    [Fact]
    public async Task The_applicant_files_the_residence_permit_application_and_sees_the_notification_with_its_30_day_window()
    {
        using var applicant = await platform.RegisteredApplicantAsync();
        await applicant.SubmitAsync(platform.Today.AddYears(5));
        await applicant.EndorseAsync();
        using var authentication = await applicant.FileKeyAsync("Authentication");
        var page = await platform.SignedInPageAsync(authentication, applicant.SigningKey);
        var casePage = $"/applicant/cases/{applicant.CaseId}";

        // The application opens at the migration service once the endorsement's event has reached it.
        var filingLink = page.Locator($"a[href='{casePage}/filing']");
        await page.GotoAsync(casePage);
        for (var attempt = 0; attempt < 30 && await filingLink.CountAsync() == 0; attempt++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        await PageChecks.AssertFitAsync(page);
        await filingLink.ClickAsync();
        Assert.False(string.IsNullOrEmpty(await page.InputValueAsync("#AmountKzt")), "The state duty of the year is offered as the amount.");
        await PageChecks.AssertFitAsync(page);

        await page.FillAsync("#Email", "dana.nomad@example.org");
        await page.FillAsync("#Phone", "+491701234567");
        await page.FillAsync("#IntendedAddress", "Astana, Mangilik El avenue 55/20");
        await page.FillAsync("#PaymentReference", "KZ-DUTY-" + Random.Shared.Next(100_000, 999_999));
        await page.FillAsync("#PaidOn", platform.Today.ToString("yyyy-MM-dd"));
        await page.ClickAsync("form[action*='handler=Review'] button[type=submit]");
        Assert.Contains("+491701234567", await page.InnerTextAsync("main"));
        await PageChecks.AssertFitAsync(page);

        await page.ClickAsync("[data-sign]");
        await page.WaitForURLAsync(url => !url.Contains("handler="), new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForSelectorAsync("footer");
        Assert.True(Regex.IsMatch(page.Url, $"{casePage}$"), await page.InnerTextAsync("main"));
        Assert.Equal(0, await filingLink.CountAsync());

        await applicant.DecideApprovalAsync();
        await page.ReloadAsync();
        Assert.Contains("30", await page.InnerTextAsync(".countdown"));
        await PageChecks.AssertFitAsync(page);
        await PageChecks.ScreenshotAsync(page, "portal-notification-en");
        await page.Context.CloseAsync();
    }
}
