namespace NomadPlatform.Arrival.Domain.Fingerprints;

/// <summary>Another person's registration that shows the same fingers.</summary>
public sealed record DuplicateMatch(Guid CaseId, string Iin, IReadOnlyList<FingerPosition> Fingers);

/// <summary>
/// Finds the registrations under other IINs that show the same fingers. Two matching fingers make a
/// duplicate (one, if only one finger is printed on both sides); the best-quality fingers are compared
/// first, and a registration whose first three compared fingers all differ is taken to be another person.
/// With an index, only the fingers it proposes are compared, and a registration with fewer proposed
/// fingers than a duplicate needs is passed over without comparing any.
/// </summary>
public static class DuplicateFingerprintCheck
{
    const int FingersThatProveIt = 2;
    const int MissesThatClearIt = 3;

    public static IReadOnlyList<DuplicateMatch> Find(
        string iin, TenPrint prints, IEnumerable<FingerprintTemplate> registered, Func<Guid, FingerPosition, bool>? proposed = null)
    {
        var probes = prints.Captured.OrderByDescending(f => f.Record.Quality).ToList();
        var matches = new List<DuplicateMatch>();
        foreach (var registration in registered.Where(t => t.Iin != iin).GroupBy(t => (t.CaseId, t.Iin)))
        {
            var theirs = registration.ToDictionary(t => t.Position);
            var common = probes.Where(p => theirs.ContainsKey(p.Position)).ToList();
            var needed = Math.Min(FingersThatProveIt, common.Count);
            if (proposed is not null) common = common.Where(p => proposed(registration.Key.CaseId, p.Position)).ToList();
            if (common.Count < needed) continue;
            var same = new List<FingerPosition>();
            var misses = 0;
            foreach (var probe in common)
            {
                if (!MinutiaeRecord.TryParse(theirs[probe.Position].Template, out var stored, out _)) continue;
                if (FingerprintMatcher.SameFinger(probe.Record.Minutiae, stored.Minutiae)) same.Add(probe.Position);
                else if (++misses >= MissesThatClearIt && same.Count == 0) break;
            }
            if (needed > 0 && same.Count >= needed)
                matches.Add(new DuplicateMatch(registration.Key.CaseId, registration.Key.Iin, same));
        }
        return matches;
    }
}
