namespace NomadPlatform.Arrival.Domain.Fingerprints;

/// <summary>
/// Compares two minutiae sets of one finger. Two captures of the same finger differ by a shift, a small
/// rotation, jitter and a few missed or spurious minutiae, so the best alignment is found by voting
/// (every pair of minutiae of the same kind proposes a rotation and shift), then minutiae are paired
/// one-to-one under it within a distance and angle tolerance.
/// </summary>
public static class FingerprintMatcher
{
    /// <summary>Paired minutiae needed to call two prints the same finger (the 12-point rule of forensic practice).</summary>
    public const int MinimumPairedMinutiae = 12;

    const int MaximumRotation = 45;
    const int RotationStep = 3;
    const int ShiftBin = 12;
    const double DistanceTolerance = 15;
    const double AngleTolerance = 25;
    const int AlignmentsTried = 3;

    public static bool SameFinger(IReadOnlyList<Minutia> a, IReadOnlyList<Minutia> b) => PairedMinutiae(a, b) >= MinimumPairedMinutiae;

    public static int PairedMinutiae(IReadOnlyList<Minutia> a, IReadOnlyList<Minutia> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var pivot = (X: a.Average(m => (double)m.X), Y: a.Average(m => (double)m.Y));
        var best = 0;
        foreach (var alignment in CandidateAlignments(a, b, pivot))
            best = Math.Max(best, Pair(a, b, alignment));
        return best;
    }

    /// <summary>Rotate about <see cref="Pivot"/> (the first set's centre), then shift.</summary>
    readonly record struct Alignment((double X, double Y) Pivot, double Rotation, double ShiftX, double ShiftY)
    {
        public (double X, double Y) Apply(Minutia m)
        {
            var radians = Rotation * Math.PI / 180;
            double cos = Math.Cos(radians), sin = Math.Sin(radians), dx = m.X - Pivot.X, dy = m.Y - Pivot.Y;
            return (Pivot.X + dx * cos - dy * sin + ShiftX, Pivot.Y + dx * sin + dy * cos + ShiftY);
        }
    }

    /// <summary>For each trial rotation, pairs of the same kind and direction vote for a shift; the strongest few win.</summary>
    static IEnumerable<Alignment> CandidateAlignments(IReadOnlyList<Minutia> a, IReadOnlyList<Minutia> b, (double X, double Y) pivot)
    {
        var strongest = new List<(int Votes, Alignment Alignment)>();
        var votes = new Dictionary<(int, int), (int Count, double X, double Y)>();
        for (var rotation = -MaximumRotation; rotation <= MaximumRotation; rotation += RotationStep)
        {
            votes.Clear();
            var turn = new Alignment(pivot, rotation, 0, 0);
            foreach (var p in a)
            {
                var (x, y) = turn.Apply(p);
                foreach (var q in b)
                {
                    if (p.Kind != q.Kind || Math.Abs(AngleDifference(q.Angle, p.Angle + rotation)) > AngleTolerance) continue;
                    double shiftX = q.X - x, shiftY = q.Y - y;
                    var key = ((int)Math.Floor(shiftX / ShiftBin), (int)Math.Floor(shiftY / ShiftBin));
                    votes[key] = votes.TryGetValue(key, out var v) ? (v.Count + 1, v.X + shiftX, v.Y + shiftY) : (1, shiftX, shiftY);
                }
            }
            foreach (var v in votes.Values.OrderByDescending(v => v.Count).Take(AlignmentsTried))
                strongest.Add((v.Count, turn with { ShiftX = v.X / v.Count, ShiftY = v.Y / v.Count }));
        }
        return strongest.OrderByDescending(s => s.Votes).Take(AlignmentsTried).Select(s => s.Alignment);
    }

    /// <summary>Greedy one-to-one pairing, nearest first, under one alignment.</summary>
    static int Pair(IReadOnlyList<Minutia> a, IReadOnlyList<Minutia> b, Alignment alignment)
    {
        var candidates = new List<(double Distance, int A, int B)>();
        for (var i = 0; i < a.Count; i++)
        {
            var (x, y) = alignment.Apply(a[i]);
            var angle = a[i].Angle + alignment.Rotation;
            for (var j = 0; j < b.Count; j++)
            {
                if (a[i].Kind != b[j].Kind || Math.Abs(AngleDifference(b[j].Angle, angle)) > AngleTolerance) continue;
                var distance = Math.Sqrt((b[j].X - x) * (b[j].X - x) + (b[j].Y - y) * (b[j].Y - y));
                if (distance <= DistanceTolerance) candidates.Add((distance, i, j));
            }
        }
        candidates.Sort((l, r) => l.Distance.CompareTo(r.Distance));
        var usedA = new bool[a.Count];
        var usedB = new bool[b.Count];
        var paired = 0;
        foreach (var (_, i, j) in candidates)
        {
            if (usedA[i] || usedB[j]) continue;
            usedA[i] = usedB[j] = true;
            paired++;
        }
        return paired;
    }

    /// <summary>The signed difference of two directions, in (-180, 180].</summary>
    static double AngleDifference(double to, double from)
    {
        var difference = (to - from) % 360;
        if (difference > 180) difference -= 360;
        if (difference <= -180) difference += 360;
        return difference;
    }
}
