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
        // A count per registered finger in one array (kept between searches, which take turns) rather than a
        // dictionary entry: a probe's keys meet thousands of postings, each counted.
        if (shared.Length < cases.Count * FingerSlots) Array.Resize(ref shared, Math.Max(cases.Count * FingerSlots * 2, 1024));
        touched.Clear();
        foreach (var key in probeKeys)
        {
            if (!postings.TryGetValue(key, out var holders)) continue;
            var position = (int)FingerprintIndex.PositionOf(key);
            foreach (var registration in holders)
            {
                var slot = registration * FingerSlots + position;
                if (shared[slot]++ == 0) touched.Add(slot);
            }
        }
        var candidates = new HashSet<(Guid CaseId, FingerPosition Position)>();
        foreach (var slot in touched)
        {
            if (shared[slot] >= FingerprintIndex.CandidateThreshold) candidates.Add((cases[slot / FingerSlots], (FingerPosition)(slot % FingerSlots)));
            shared[slot] = 0;
        }
        return candidates;
    }

    /// <summary>Room for positions 1–10 of <see cref="FingerPosition"/> per registration.</summary>
    const int FingerSlots = 16;

    int[] shared = [];
    readonly List<int> touched = [];
}
