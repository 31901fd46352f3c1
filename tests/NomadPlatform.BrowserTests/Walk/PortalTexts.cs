using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace NomadPlatform.BrowserTests.Walk;

/// <summary>
/// The portal's own texts per language (its resource files, embedded in this assembly): what a page ought to
/// say in the reader's words, so a test asserts a page's meaning without assuming its language.
/// </summary>
public static class PortalTexts
{
    static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Texts =
        new[] { "kk", "ru", "en" }.ToFrozenDictionary(language => language, language =>
        {
            using var stream = typeof(PortalTexts).Assembly.GetManifestResourceStream($"portal-texts.{language}.json")
                ?? throw new InvalidOperationException($"The portal's texts in '{language}' are not embedded in the tests.");
            return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!.ToFrozenDictionary();
        });

    public static string In(string language, string key, params object[] values) =>
        string.Format(CultureInfo.GetCultureInfo(language), Texts[language][key], values);
}
