namespace NomadPlatform.Arrival.Domain.Fingerprints;

/// <summary>
/// One key of a stored template in the duplicate-search index (see <see cref="FingerprintIndex"/>);
/// written in bulk by the Arrival's index writer, read by the duplicate search.
/// </summary>
public sealed class FingerprintIndexKey
{
    public int Key { get; private set; }
    public Guid CaseId { get; private set; }
    public FingerPosition Position { get; private set; }
    public string Iin { get; private set; } = "";

    FingerprintIndexKey() { }
}
