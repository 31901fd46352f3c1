using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using NomadPlatform.Calendar;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Infrastructure.Reasons;

/// <summary>
/// Fills a reason's template for one reader: moments in Astana time and dates ("4 December 2026") in the reader's culture
/// whatever format the English template gave them, numbers in the reader's culture with the template's
/// format, enum values and nested reasons in the reader's words where the texts have them.
/// </summary>
public static partial class ReasonFormat
{
    public static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en");
    static readonly TimeSpan AstanaOffset = KazakhstanCalendar.Load().TimeZoneOffset;

    /// <param name="words">The reader's text for a code (a nested reason's, or <c>{EnumType}.{Name}</c>), or null.</param>
    public static string Fill(string template, IReadOnlyList<object?> values, CultureInfo culture, Func<string, string?> words) =>
        Placeholder().Replace(template, m =>
        {
            if (m.Value is "{{") return "{";
            if (m.Value is "}}") return "}";
            var index = int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture);
            if (index >= values.Count) return m.Value;
            var shown = Show(values[index], m.Groups["format"].Success ? m.Groups["format"].Value : null, culture, words);
            return m.Groups["align"].Success ? Align(shown, int.Parse(m.Groups["align"].Value, CultureInfo.InvariantCulture)) : shown;
        });

    static string Show(object? value, string? format, CultureInfo culture, Func<string, string?> words) => value switch
    {
        null => "",
        Reason nested => Fill(words(nested.Code) ?? nested.Template, nested.Values, culture, words),
        IEnumerable<Reason> several => string.Join("; ", several.Select(r => Show(r, null, culture, words))),
        DateTimeOffset moment => $"{moment.ToOffset(AstanaOffset).ToString("d MMMM yyyy, HH:mm", culture)} (UTC+{AstanaOffset:hh\\:mm})",
        DateTime moment => Show(new DateTimeOffset(moment.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(moment, DateTimeKind.Utc) : moment), format, culture, words),
        DateOnly date => date.ToString("d MMMM yyyy", culture),
        Enum named => words($"{named.GetType().Name}.{named}") ?? EnglishWords(named) ?? named.ToString(),
        StoredEnum named => words($"{named.Type}.{named.Name}") ?? named.Name,
        IFormattable formattable => formattable.ToString(format, culture),
        _ => value.ToString() ?? "",
    };

    /// <summary>An enum value's English words, from <c>reasons.en.json</c> in the enum's own assembly.</summary>
    static string? EnglishWords(Enum named)
    {
        var words = English.GetOrAdd(named.GetType().Assembly, assembly =>
        {
            using var stream = assembly.GetManifestResourceStream("reasons.en.json");
            return stream is null ? FrozenDictionary<string, string>.Empty : JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!.ToFrozenDictionary();
        });
        return words.GetValueOrDefault($"{named.GetType().Name}.{named}");
    }

    static readonly ConcurrentDictionary<Assembly, FrozenDictionary<string, string>> English = new();

    static string Align(string text, int width) => width < 0 ? text.PadRight(-width) : text.PadLeft(width);

    [GeneratedRegex(@"\{\{|\}\}|\{(?<index>\d+)(?:,(?<align>-?\d+))?(?::(?<format>[^}]*))?\}")]
    private static partial Regex Placeholder();
}
