using NomadPlatform.Eds;

namespace NomadPlatform.BrowserTests.Walk;

/// <summary>
/// One case carried from sign-in to permit through the pages alone, the applicant and every agency's
/// officers reading in one language. Each step signs its person in afresh (days pass between steps, as
/// they do), and every page on the way is checked: axe-core, no text missing, no text in another language.
/// </summary>
public sealed partial class PageWalk(PortalPlatform platform, CaseJourney applicant, string language) : IDisposable
{
    readonly TypedWords _typed = TypedWords.In(language);
    EdsKeyFile? _authentication;

    /// <summary>The case the applicant's submission opened, read from the page it led to.</summary>
    public Guid CaseId { get; private set; }

    string CasePage => $"/applicant/cases/{CaseId}";

    string MailAddress => $"nomad.{applicant.Iin}@example.org";

    /// <summary>The page's text for <paramref name="key"/> in the walk's language.</summary>
    string Text(string key, params object[] values) => PortalTexts.In(language, key, values);

    async Task CheckAsync(IPage page, string? screenshot = null)
    {
        await PageChecks.AssertFitAsync(page);
        await PageChecks.AssertInLanguageAsync(page, language);
        if (screenshot is not null) await PageChecks.ScreenshotAsync(page, $"{screenshot}-{language}");
    }

    async Task<IPage> ApplicantPageAsync()
    {
        _authentication ??= await applicant.FileKeyAsync("Authentication");
        return await platform.SignedInPageAsync(_authentication, applicant.SigningKey, language);
    }

    Task<IPage> OfficerPageAsync(string agency, string role) => platform.OfficerPageAsync(agency, role, language);

    /// <summary>What one agency writes reaches another by an event a moment later: the reader reloads until it shows.</summary>
    static async Task ReloadUntilAsync(IPage page, ILocator shown)
    {
        for (var attempt = 0; attempt < 30 && await shown.CountAsync() == 0; attempt++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
    }

    /// <summary>Uploads through the page's script (with its progress bar) and waits for the answered page to take the old one's place.</summary>
    internal static async Task UploadAsync(IPage page, string kind, FilePayload file)
    {
        await page.SetInputFilesAsync($"#file-{kind}", file);
        var before = await page.QuerySelectorAsync("main");
        await page.ClickAsync($"form:has(#file-{kind}) button[type=submit]");
        await page.WaitForFunctionAsync("main => !main.isConnected", before);
    }

    public void Dispose() => _authentication?.Dispose();
}
