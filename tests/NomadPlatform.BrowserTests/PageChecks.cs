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

    /// <summary>
    /// No text on the page in another language than its own: every visible text and accessible name, save
    /// parts marked with their own <c>lang</c> (WCAG's language of parts), holds no run of three Latin words
    /// on a Kazakh or Russian page, nor of two Cyrillic words on an English one.
    /// </summary>
    public static async Task AssertInLanguageAsync(IPage page, string language)
    {
        var texts = await page.EvaluateAsync<string[]>(VisibleTextsScript, language);
        var foreign = language == "en" ? CyrillicRun() : LatinRun();
        var found = texts.SelectMany(text => foreign.Matches(text).Select(m => m.Value)).Distinct().ToList();
        Assert.True(found.Count == 0, $"{page.Url} in '{language}' shows text in another language: {string.Join(" | ", found)}");
    }

    const string VisibleTextsScript = """
        language => {
            const ownLanguage = element => (element.closest('[lang]')?.getAttribute('lang') ?? language) === language;
            const texts = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const element = node.parentElement;
                if (element && !element.closest('script, style, template') && ownLanguage(element) && element.checkVisibility())
                    texts.push(node.textContent);
            }
            for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
                if (ownLanguage(element))
                    for (const name of ['aria-label', 'title', 'placeholder', 'alt'])
                        if (element.hasAttribute(name)) texts.push(element.getAttribute(name));
            texts.push(document.title);
            return texts;
        }
        """;

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

    [GeneratedRegex(@"\b[A-Za-z]{2,}(?:[ \u00a0]+[A-Za-z]{2,}){2,}\b")]
    private static partial Regex LatinRun();

    [GeneratedRegex(@"\p{IsCyrillic}{2,}(?:[ \u00a0]+\p{IsCyrillic}{2,})+")]
    private static partial Regex CyrillicRun();
}
