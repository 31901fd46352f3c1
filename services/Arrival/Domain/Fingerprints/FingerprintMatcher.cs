using System.Runtime.InteropServices;

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

    public static int PairedMinutiae(IReadOnlyList<Minutia> first, IReadOnlyList<Minutia> second)
    {
        if (first.Count == 0 || second.Count == 0) return 0;
        // Arrays: the voting loop below meets every pair of minutiae 31 times, and a list behind its interface enumerates slowly.
        Minutia[] a = [.. first], b = [.. second];
        var pivot = (X: a.Average(m => (double)m.X), Y: a.Average(m => (double)m.Y));
        var best = 0;
        foreach (var alignment in CandidateAlignments(a, b, pivot))
            best = Math.Max(best, Pair(a, b, alignment));
        return best;
    }

    /// <summary>Rotate about <see cref="Pivot"/> (the first set's centre), then shift.</summary>
    readonly record struct Alignment((double X, double Y) Pivot, double Rotation, double ShiftX, double ShiftY);

    /// <summary>An alignment's rotation as its cosine and sine, worked out once rather than per minutia.</summary>
    readonly record struct Turn(double Cos, double Sin)
    {
        public static Turn Of(Alignment alignment)
        {
            var radians = alignment.Rotation * Math.PI / 180;
            return new Turn(Math.Cos(radians), Math.Sin(radians));
        }

        public (double X, double Y) Apply(Minutia m, Alignment alignment)
        {
            double dx = m.X - alignment.Pivot.X, dy = m.Y - alignment.Pivot.Y;
            return (alignment.Pivot.X + dx * Cos - dy * Sin + alignment.ShiftX, alignment.Pivot.Y + dx * Sin + dy * Cos + alignment.ShiftY);
        }
    }

    /// <summary>For each trial rotation, pairs of the same kind and direction vote for a shift; the strongest few win.</summary>
    static IEnumerable<Alignment> CandidateAlignments(Minutia[] a, Minutia[] b, (double X, double Y) pivot)
    {
        var strongest = new List<(int Votes, Alignment Alignment)>();
        var votes = new Dictionary<(int, int), (int Count, double X, double Y)>();
        var top = new (int Count, double X, double Y)[AlignmentsTried];
        for (var rotation = -MaximumRotation; rotation <= MaximumRotation; rotation += RotationStep)
        {
            votes.Clear();
            var turn = new Alignment(pivot, rotation, 0, 0);
            var trig = Turn.Of(turn);
            foreach (var p in a)
            {
                var (x, y) = trig.Apply(p, turn);
                foreach (var q in b)
                {
                    if (p.Kind != q.Kind || Math.Abs(AngleDifference(q.Angle, p.Angle + rotation)) > AngleTolerance) continue;
                    double shiftX = q.X - x, shiftY = q.Y - y;
                    var key = ((int)Math.Floor(shiftX / ShiftBin), (int)Math.Floor(shiftY / ShiftBin));
                    ref var vote = ref CollectionsMarshal.GetValueRefOrAddDefault(votes, key, out _);
                    vote = (vote.Count + 1, vote.X + shiftX, vote.Y + shiftY);
                }
            }
            var kept = Strongest(votes.Values, top);
            for (var i = 0; i < kept; i++)
                strongest.Add((top[i].Count, turn with { ShiftX = top[i].X / top[i].Count, ShiftY = top[i].Y / top[i].Count }));
        }
        return strongest.OrderByDescending(s => s.Votes).Take(AlignmentsTried).Select(s => s.Alignment);
    }

    /// <summary>
    /// The most-voted shifts into <paramref name="top"/>, as a stable sort by votes would take them (of equal
    /// votes, the one met first); returns how many there were.
    /// </summary>
    static int Strongest(Dictionary<(int, int), (int Count, double X, double Y)>.ValueCollection candidates, (int Count, double X, double Y)[] top)
    {
        var kept = 0;
        foreach (var candidate in candidates)
        {
            var at = kept;
            while (at > 0 && top[at - 1].Count < candidate.Count) at--;
            if (at >= top.Length) continue;
            for (var i = Math.Min(kept, top.Length - 1); i > at; i--) top[i] = top[i - 1];
            top[at] = candidate;
            kept = Math.Min(kept + 1, top.Length);
        }
        return kept;
    }

    /// <summary>Greedy one-to-one pairing, nearest first, under one alignment.</summary>
    static int Pair(Minutia[] a, Minutia[] b, Alignment alignment)
    {
        var candidates = new List<(double Distance, int A, int B)>();
        var trig = Turn.Of(alignment);
        for (var i = 0; i < a.Length; i++)
        {
            var (x, y) = trig.Apply(a[i], alignment);
            var angle = a[i].Angle + alignment.Rotation;
            for (var j = 0; j < b.Length; j++)
            {
                if (a[i].Kind != b[j].Kind || Math.Abs(AngleDifference(b[j].Angle, angle)) > AngleTolerance) continue;
                var distance = Math.Sqrt((b[j].X - x) * (b[j].X - x) + (b[j].Y - y) * (b[j].Y - y));
                if (distance <= DistanceTolerance) candidates.Add((distance, i, j));
            }
        }
        candidates.Sort((l, r) => l.Distance.CompareTo(r.Distance));
        var usedA = new bool[a.Length];
        var usedB = new bool[b.Length];
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
        var difference = to - from;
        if (difference is > -180 and <= 180) return difference; // what the remainder below would leave it
        difference %= 360;
        if (difference > 180) difference -= 360;
        if (difference <= -180) difference += 360;
        return difference;
    }
}
