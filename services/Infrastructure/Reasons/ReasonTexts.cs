using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Infrastructure.Reasons;

/// <summary>
/// The words of every reason a service gives, per language: the English template where the reason
/// arises, and each code's Russian and Kazakh text from the service's and this library's embedded
/// <c>Reasons/{language}.json</c> (an English file only names enum values in words).
/// </summary>
public sealed class ReasonTexts
{
    public static readonly string[] Languages = ["kk", "ru", "en"];
    readonly FrozenDictionary<string, FrozenDictionary<string, string>> _texts;

    public ReasonTexts(params Assembly[] assemblies) =>
        _texts = Languages.ToFrozenDictionary(language => language, language => Load(assemblies.Append(typeof(ReasonTexts).Assembly).Distinct(), language));

    public string Write(Reason reason, string language)
    {
        var texts = _texts.GetValueOrDefault(language) ?? _texts["en"];
        var culture = CultureInfo.GetCultureInfo(_texts.ContainsKey(language) ? language : "en");
        return ReasonFormat.Fill(texts.GetValueOrDefault(reason.Code) ?? reason.Template, reason.Values, culture, texts.GetValueOrDefault);
    }

    public string Write(Reason reason, HttpContext context) => Write(reason, LanguageOf(context.Request));

    /// <summary>Every code (and enum word) a language has a text for.</summary>
    public IReadOnlyDictionary<string, string> TextsIn(string language) => _texts[language];

    /// <summary>The first of kk, ru and en the request accepts (<c>Accept-Language</c>), else English.</summary>
    public static string LanguageOf(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant()).FirstOrDefault(Languages.Contains) ?? "en";

    static FrozenDictionary<string, string> Load(IEnumerable<Assembly> assemblies, string language)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var assembly in assemblies)
        {
            using var stream = assembly.GetManifestResourceStream($"reasons.{language}.json");
            if (stream is null) continue;
            foreach (var (code, text) in JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!)
                if (!texts.TryAdd(code, text))
                    throw new InvalidOperationException($"The reason code {code} has two {language} texts ({assembly.GetName().Name} and another).");
        }
        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
