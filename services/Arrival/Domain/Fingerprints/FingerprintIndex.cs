namespace NomadPlatform.Arrival.Domain.Fingerprints;

/// <summary>
/// Keys that let the duplicate check find candidate registrations without comparing against every
/// one. Each minutia and each of its nearest neighbours give a key that does not change when the
/// finger is shifted or turned on the scanner: their distance and both directions measured against the
/// line that joins them, coarsely binned, with both kinds. Two captures of one finger share many keys;
/// unrelated fingers share few. Only registrations sharing enough keys go to the full matcher.
/// </summary>
public static class FingerprintIndex
{
    /// <summary>Keys two captures must share before the matcher looks at them.</summary>
    public const int CandidateThreshold = 16;

    const int Neighbours = 3;
    const double DistanceBin = 8;
    const double AngleBin = 30;

    /// <summary>The keys a template is stored under.</summary>
    public static IReadOnlySet<int> KeysOf(FingerPosition position, IReadOnlyList<Minutia> minutiae) =>
        Features(minutiae).Select(f => Key(position, f.Kinds, Bin(f.Distance, DistanceBin), Bin(f.First, AngleBin), Bin(f.Second, AngleBin))).ToHashSet();

    /// <summary>
    /// The keys to look a probe up by: each feature also under its neighbouring bins, so that jitter
    /// that pushes a value just across a bin's edge still meets the stored key.
    /// </summary>
    public static IReadOnlySet<int> ProbeKeysOf(FingerPosition position, IReadOnlyList<Minutia> minutiae)
    {
        var keys = new HashSet<int>();
        foreach (var f in Features(minutiae))
        foreach (var d in Near(f.Distance, DistanceBin))
        foreach (var a in Near(f.First, AngleBin))
        foreach (var b in Near(f.Second, AngleBin))
            keys.Add(Key(position, f.Kinds, d, a, b));
        return keys;
    }

    readonly record struct Feature(int Kinds, double Distance, double First, double Second);

    static IEnumerable<Feature> Features(IReadOnlyList<Minutia> minutiae)
    {
        for (var i = 0; i < minutiae.Count; i++)
        {
            var m = minutiae[i];
            var nearest = Enumerable.Range(0, minutiae.Count).Where(j => j != i)
                .OrderBy(j => Distance(m, minutiae[j])).Take(Neighbours);
            foreach (var j in nearest)
            {
                var n = minutiae[j];
                var line = Math.Atan2(n.Y - m.Y, n.X - m.X) * 180 / Math.PI;
                yield return new Feature((int)m.Kind * 4 + (int)n.Kind, Distance(m, n), Normalise(m.Angle - line), Normalise(n.Angle - line));
            }
        }
    }

    static double Distance(Minutia a, Minutia b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));

    static double Normalise(double degrees) => ((degrees % 360) + 360) % 360;

    static int Bin(double value, double width) => (int)Math.Floor(value / width);

    /// <summary>The value's bin, and the neighbouring bin when the value lies in the outer quarter of its own.</summary>
    static IEnumerable<int> Near(double value, double width)
    {
        var bin = Bin(value, width);
        yield return bin;
        var within = value / width - bin;
        if (within < 0.25) yield return bin - 1;
        else if (within > 0.75) yield return bin + 1;
    }

    /// <summary>The finger a key was made from (the position leads the packed number).</summary>
    public static FingerPosition PositionOf(int key) => (FingerPosition)(key / (16 * 64 * KeysPerDistance));

    const int KeysPerDistance = (int)(360 / AngleBin) * (int)(360 / AngleBin);

    /// <summary>The feature packed into one number (the same in every process, as it is stored); angles wrap around.</summary>
    static int Key(FingerPosition position, int kinds, int distance, int first, int second)
    {
        const int angleBins = (int)(360 / AngleBin);
        int Wrap(int bin) => ((bin % angleBins) + angleBins) % angleBins;
        return ((((int)position * 16 + kinds) * 64 + Math.Min(distance, 63)) * angleBins + Wrap(first)) * angleBins + Wrap(second);
    }
}
