using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace NomadPlatform.BrowserTests;

/// <summary>What every page must pass: axe-core's WCAG 2.1 A and AA rules, and no text missing in the page's language.</summary>
public static partial class PageChecks
{
    static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task AssertFitAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        Assert.True(result.Violations.Length == 0, $"{page.Url}: " + string.Join("; ", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));

        // A text the language lacks shows as its key in brackets (the localizer's marker).
        var text = await page.InnerTextAsync("body");
        var missing = MissingText().Matches(text).Select(m => m.Value).Distinct().ToList();
        Assert.True(missing.Count == 0, $"{page.Url} has texts missing in its language: {string.Join(", ", missing)}");
    }

    /// <summary>Sends a console act's form and expects the page back with the act's outcome, not a problem.</summary>
    public static async Task ActAsync(IPage page, string handler, string done)
    {
        await page.ClickAsync($"form[action*='handler={handler}'] button[type=submit]");
        await page.WaitForSelectorAsync("footer");
        Assert.True(page.Url.EndsWith($"done={done}"), await page.InnerTextAsync("main"));
    }

    /// <summary>With <c>NOMAD_SCREENSHOTS</c> set to a folder, the page as the reader sees it (the README's pictures).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("NOMAD_SCREENSHOTS") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }

    [GeneratedRegex(@"\[[A-Z][A-Za-z]+\.[A-Za-z.]+\]")]
    private static partial Regex MissingText();
}
