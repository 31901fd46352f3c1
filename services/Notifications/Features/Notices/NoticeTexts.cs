using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NomadPlatform.Calendar;
using NomadPlatform.Notifications.Domain;

namespace NomadPlatform.Notifications.Features.Notices;

/// <summary>A notice as one reader reads it: subject and text in their language, moments in Astana time.</summary>
public sealed record RenderedNotice(string Subject, string Body);

/// <summary>
/// The notices' texts in kk, ru and en (<c>Resources/{language}.json</c>, <c>{Kind}.Subject</c> and
/// <c>{Kind}.Body</c> naming values as <c>{name}</c>); a notice is rendered when read or mailed, so the
/// inbox follows the reader's language.
/// </summary>
public sealed partial class NoticeTexts(KazakhstanCalendar calendar)
{
    static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Texts = Load();

    public static IReadOnlyDictionary<string, FrozenDictionary<string, string>> All => Texts;

    public RenderedNotice Render(NoticeKind kind, IReadOnlyDictionary<string, string> values, string language)
    {
        var texts = Texts.GetValueOrDefault(language) ?? Texts["en"];
        var culture = CultureInfo.GetCultureInfo(language);
        return new RenderedNotice(Fill(texts[$"{kind}.Subject"], values, culture), Fill(texts[$"{kind}.Body"], values, culture) + "\n\n" + texts["Footer"]);
    }

    string Fill(string text, IReadOnlyDictionary<string, string> values, CultureInfo culture) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? Format(value, culture) : m.Value);

    /// <summary>A moment in Astana time (one ending at midnight as 24:00 of its last day), a date in the reader's culture.</summary>
    string Format(string value, CultureInfo culture)
    {
        if (DateTimeOffset.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            var local = moment.ToOffset(calendar.TimeZoneOffset);
            return local.TimeOfDay == TimeSpan.Zero ? $"{local.AddDays(-1).ToString("D", culture)}, 24:00" : local.ToString("f", culture);
        }
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date.ToString("D", culture) : value;
    }

    static FrozenDictionary<string, FrozenDictionary<string, string>> Load() => ApplicantContact.Languages.ToFrozenDictionary(language => language, language =>
    {
        using var stream = typeof(NoticeTexts).Assembly.GetManifestResourceStream($"notices.{language}.json")
            ?? throw new InvalidOperationException($"The notices' {language} texts are not embedded.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!.ToFrozenDictionary();
    });

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
