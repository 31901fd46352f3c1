using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace NomadPlatform.Portal.Localisation;

/// <summary>
/// Every text of the portal, per language, from <c>Resources/&lt;language&gt;.json</c> (one flat map of
/// key → text per language; the keys are the same in all three, which a test checks). One localizer
/// serves every page: the texts are the portal's, not a class's.
/// </summary>
public sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    readonly FrozenDictionary<string, FrozenDictionary<string, string>> _texts = Load();

    public static FrozenDictionary<string, FrozenDictionary<string, string>> Load() =>
        PortalCultures.Names.ToFrozenDictionary(language => language, language =>
        {
            using var stream = typeof(JsonStringLocalizerFactory).Assembly.GetManifestResourceStream($"texts.{language}.json")
                ?? throw new InvalidOperationException($"The portal's texts in '{language}' are missing.");
            return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!.ToFrozenDictionary();
        });

    public IStringLocalizer Create(Type resourceSource) => new JsonStringLocalizer(_texts);

    public IStringLocalizer Create(string baseName, string location) => new JsonStringLocalizer(_texts);
}

public sealed class JsonStringLocalizer(FrozenDictionary<string, FrozenDictionary<string, string>> texts) : IStringLocalizer
{
    public LocalizedString this[string name] => Find(name) is { } text
        ? new LocalizedString(name, text)
        // A missing text shows as its key in brackets, so a page walk finds it.
        : new LocalizedString(name, $"[{name}]", resourceNotFound: true);

    public LocalizedString this[string name, params object[] arguments] =>
        this[name] is { ResourceNotFound: false } found
            ? new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, found.Value, arguments))
            : this[name];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        Texts().Select(t => new LocalizedString(t.Key, t.Value));

    string? Find(string name) => Texts().GetValueOrDefault(name);

    FrozenDictionary<string, string> Texts()
    {
        var culture = CultureInfo.CurrentUICulture;
        return texts.GetValueOrDefault(culture.TwoLetterISOLanguageName) ?? texts["en"];
    }
}
