using System.Text.RegularExpressions;

namespace NomadPlatform.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class PhaseTwoTests(PortalPlatform platform)
{
    [Fact]
    public async Task The_applicant_files_the_residence_permit_application_and_sees_the_notification_with_its_30_day_window_in_the_inbox_and_by_mail()
    {
        using var applicant = await platform.RegisteredApplicantAsync();
        await applicant.SubmitAsync(platform.Today.AddYears(5));
        await applicant.EndorseAsync();
        using var authentication = await applicant.FileKeyAsync("Authentication");
        var page = await platform.SignedInPageAsync(authentication, applicant.SigningKey);
        var casePage = $"/applicant/cases/{applicant.CaseId}";
        var address = $"dana.{applicant.Iin}@example.org";

        await page.ClickAsync("nav a[href='/applicant/inbox']");
        await page.ClickAsync("a[href='/applicant/contact']");
        await PageChecks.AssertFitAsync(page);
        await page.FillAsync("#Email", "dana@localhost"); // the browser takes it; the service wants a domain with a dot
        await page.ClickAsync("main button[type=submit]");
        Assert.Equal("true", await page.GetAttributeAsync("#Email", "aria-invalid"));
        await PageChecks.AssertFitAsync(page);
        await page.FillAsync("#Email", address);
        await page.CheckAsync("#language-ru");
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("done=Contact"));
        Assert.Contains(address, await page.InnerTextAsync("main"));

        // The application opens at the migration service once the endorsement's event has reached it.
        var filingLink = page.Locator($"a[href='{casePage}/filing']");
        await page.GotoAsync(casePage);
        for (var attempt = 0; attempt < 30 && await filingLink.CountAsync() == 0; attempt++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        await PageChecks.AssertFitAsync(page);
        // The browser runs in UTC: the interview reads in Astana time, the reader's own time beside it.
        Assert.True((await page.InnerTextAsync("dl.facts")).Contains("your time"), await page.InnerHTMLAsync("dl.facts"));
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

        // The approval's notice: in the inbox in the reader's language, mailed in the language chosen for mail.
        await page.ClickAsync("nav a[href='/applicant/inbox']");
        var approvalNotice = page.Locator("li.unread h2", new() { HasTextString = "30 days" });
        for (var attempt = 0; attempt < 30 && await approvalNotice.CountAsync() == 0; attempt++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        await PageChecks.AssertFitAsync(page);
        await PageChecks.ScreenshotAsync(page, "portal-inbox-en");
        var unread = await page.Locator("li.unread").CountAsync();
        await page.Locator("li.unread", new() { HasTextString = "30 days" }).Locator("button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("footer");
        Assert.Equal(unread - 1, await page.Locator("li.unread").CountAsync());
        // Only what came after the address was given is mailed: the approval.
        var mail = Assert.Single(await platform.Mail.To(address));
        Assert.Equal("Одобрено: прибудьте в Казахстан в течение 30 дней", mail.Subject);
        await page.Context.CloseAsync();
    }
}
