using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NomadPlatform.Notifications.Infrastructure;

/// <summary>A notice's (or reminder's) named values, stored as one JSON object.</summary>
static class NoticeValues
{
    public static readonly ValueConverter<IReadOnlyDictionary<string, string>, string> Converter = new(
        values => JsonSerializer.Serialize(values, (JsonSerializerOptions?)null),
        json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, (JsonSerializerOptions?)null)!);

    public static readonly ValueComparer<IReadOnlyDictionary<string, string>> Comparer = new(
        (a, b) => Same(a!, b!),
        values => values.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value)),
        values => values.ToDictionary(pair => pair.Key, pair => pair.Value));

    static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var value) && value == pair.Value);
}
