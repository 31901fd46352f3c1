using System.Text;
using System.Text.Json;

namespace NomadPlatform.SamplePartner;

/// <summary>
/// What the partner has taken, on its own disk: each verified event with the feed's signature (its
/// proof of origin, kept) appended and flushed to disk before the position after it is saved (written whole, then renamed over the old one). After a crash
/// between the two the next read brings events again; their ids, read back at start, make that harmless.
/// </summary>
public sealed class PartnerStore
{
    readonly string _events;
    readonly string _position;
    readonly HashSet<string> _seen = [];

    public PartnerStore(string folder)
    {
        Directory.CreateDirectory(folder);
        _events = Path.Combine(folder, "events.jsonl");
        _position = Path.Combine(folder, "position");
        if (File.Exists(_events))
            foreach (var line in File.ReadLines(_events).Where(l => l.Length > 0))
                _seen.Add(JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!);
        Position = File.Exists(_position) ? long.Parse(File.ReadAllText(_position)) : 0;
    }

    public long Position { get; private set; }

    public int Count => _seen.Count;

    /// <summary>Keeps the event unless its id was taken before; false for a duplicate.</summary>
    public bool Take(string id, byte[] servedEvent, byte[] signature)
    {
        if (!_seen.Add(id)) return false;
        using var file = new FileStream(_events, FileMode.Append, FileAccess.Write, FileShare.Read);
        file.Write(Encoding.UTF8.GetBytes($"{{\"id\":{JsonSerializer.Serialize(id)},\"signature\":\"{Convert.ToBase64String(signature)}\",\"event\":"));
        file.Write(servedEvent);
        file.Write("}\n"u8);
        file.Flush(flushToDisk: true);
        return true;
    }

    public void Save(long position)
    {
        var next = _position + ".next";
        using (var file = new FileStream(next, FileMode.Create, FileAccess.Write))
        {
            file.Write(Encoding.ASCII.GetBytes(position.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            file.Flush(flushToDisk: true);
        }
        File.Move(next, _position, overwrite: true);
        Position = position;
    }

    /// <summary>Every event taken, in the order taken: the exact bytes the feed signed, and its signature.</summary>
    public IEnumerable<(byte[] Event, byte[] Signature)> Events() => File.Exists(_events)
        ? File.ReadLines(_events).Where(l => l.Length > 0).Select(line =>
        {
            using var taken = JsonDocument.Parse(line);
            return (Encoding.UTF8.GetBytes(taken.RootElement.GetProperty("event").GetRawText()), taken.RootElement.GetProperty("signature").GetBytesFromBase64());
        }).ToList()
        : [];
}
