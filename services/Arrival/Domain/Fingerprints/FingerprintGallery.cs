namespace NomadPlatform.Arrival.Domain.Fingerprints;

/// <summary>
/// Every registered ten-print's index keys held in memory as an inverted index (key → registrations),
/// as the matchers of fingerprint registers keep their galleries: a probe's keys are counted per
/// registered finger without reading the database, and only fingers sharing enough keys go to the
/// matcher. Not thread-safe: its owner serialises additions and searches.
/// </summary>
public sealed class FingerprintGallery
{
    readonly List<Guid> cases = [];
    readonly Dictionary<int, List<int>> postings = [];

    public int Registrations => cases.Count;

    public void Add(Guid caseId, IEnumerable<int> keys)
    {
        var registration = cases.Count;
        cases.Add(caseId);
        foreach (var key in keys)
        {
            if (!postings.TryGetValue(key, out var holders)) postings[key] = holders = [];
            holders.Add(registration);
        }
    }

    /// <summary>The registered fingers sharing at least <see cref="FingerprintIndex.CandidateThreshold"/> keys with the probe.</summary>
    public IReadOnlySet<(Guid CaseId, FingerPosition Position)> Candidates(IEnumerable<int> probeKeys)
    {
        var shared = new Dictionary<(int Registration, FingerPosition Position), int>();
        foreach (var key in probeKeys)
        {
            if (!postings.TryGetValue(key, out var holders)) continue;
            var position = FingerprintIndex.PositionOf(key);
            foreach (var registration in holders)
                shared[(registration, position)] = shared.GetValueOrDefault((registration, position)) + 1;
        }
        return shared.Where(s => s.Value >= FingerprintIndex.CandidateThreshold)
            .Select(s => (cases[s.Key.Registration], s.Key.Position)).ToHashSet();
    }
}
