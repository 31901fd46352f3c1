namespace NomadPlatform.Arrival.Domain.Fingerprints;

/// <summary>One key of a stored template in the duplicate-search index (see <see cref="FingerprintIndex"/>).</summary>
public sealed class FingerprintIndexKey
{
    public int Key { get; private set; }
    public Guid CaseId { get; private set; }
    public FingerPosition Position { get; private set; }
    public string Iin { get; private set; } = "";

    FingerprintIndexKey() { }

    public static IEnumerable<FingerprintIndexKey> Of(Guid caseId, string iin, CapturedFinger finger) =>
        FingerprintIndex.KeysOf(finger.Position, finger.Record.Minutiae)
            .Select(key => new FingerprintIndexKey { Key = key, CaseId = caseId, Position = finger.Position, Iin = iin });
}
