using System.Buffers.Binary;

namespace NomadPlatform.Arrival.Domain.Fingerprints;

/// <summary>
/// A registered ten-print's index keys in one row, numbered in the order registrations were stored: the
/// in-memory gallery is built from these at start and takes in new numbers before each search.
/// </summary>
public sealed class FingerprintRegistration
{
    public long Sequence { get; private set; }
    public Guid CaseId { get; private set; }
    /// <summary>The distinct keys of every printed finger (see <see cref="FingerprintIndex"/>), four bytes each, little-endian.</summary>
    public byte[] Keys { get; private set; } = [];

    FingerprintRegistration() { }

    public static FingerprintRegistration Of(Guid caseId, IEnumerable<CapturedFinger> fingers)
    {
        var keys = fingers.SelectMany(f => FingerprintIndex.KeysOf(f.Position, f.Record.Minutiae)).Distinct().ToArray();
        var bytes = new byte[keys.Length * sizeof(int)];
        for (var i = 0; i < keys.Length; i++) BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * sizeof(int)), keys[i]);
        return new FingerprintRegistration { CaseId = caseId, Keys = bytes };
    }

    public IEnumerable<int> IndexKeys()
    {
        for (var offset = 0; offset < Keys.Length; offset += sizeof(int))
            yield return BinaryPrimitives.ReadInt32LittleEndian(Keys.AsSpan(offset));
    }
}
