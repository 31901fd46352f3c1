using Xunit.Abstractions;
using NomadPlatform.Applicants;
using NomadPlatform.Arrival.Domain.Fingerprints;

namespace NomadPlatform.UnitTests.Fingerprints;

public sealed class FingerprintIndexTests(ITestOutputHelper output)
{
    static IReadOnlyList<Minutia> Minutiae(int person, int position, int capture)
    {
        Assert.True(MinutiaeRecord.TryParse(SyntheticFingerprints.Capture(person, position, capture), out var record, out _));
        return record.Minutiae;
    }

    static int Shared(int personA, int personB, int position, int captureA = 1, int captureB = 2) =>
        FingerprintIndex.ProbeKeysOf((FingerPosition)position, Minutiae(personA, position, captureA))
            .Intersect(FingerprintIndex.KeysOf((FingerPosition)position, Minutiae(personB, position, captureB))).Count();

    [Fact]
    public void Every_second_capture_of_a_finger_shares_enough_keys_to_be_a_candidate()
    {
        var shared = (from person in Enumerable.Range(1, 30) from position in Enumerable.Range(1, 10) select Shared(person, person, position)).ToList();
        output.WriteLine($"genuine: min {shared.Min()}, mean {shared.Average():N1}");

        Assert.All(shared, s => Assert.True(s >= FingerprintIndex.CandidateThreshold, $"only {s} keys shared"));
    }

    [Fact]
    public void Unrelated_fingers_rarely_share_enough_keys()
    {
        var shared = (from a in Enumerable.Range(1, 25) from b in Enumerable.Range(26, 20) select Shared(a, b, 1 + (a + b) % 10)).ToList();
        output.WriteLine($"impostor: max {shared.Max()}, mean {shared.Average():N2}, candidates {shared.Count(s => s >= FingerprintIndex.CandidateThreshold)}");

        // Candidates only cost a full comparison; the matcher decides. Few must reach it for the index to pay.
        Assert.True(shared.Count(s => s >= FingerprintIndex.CandidateThreshold) <= shared.Count / 20);
    }

    [Fact]
    public void Keys_do_not_depend_on_where_the_finger_lies_on_the_scanner()
    {
        var finger = Minutiae(3, 4, 1);
        var moved = finger.Select(m => m with { X = m.X + 40, Y = m.Y - 25 }).ToList();

        Assert.Equal(FingerprintIndex.KeysOf(FingerPosition.RightRing, finger), FingerprintIndex.KeysOf(FingerPosition.RightRing, moved));
    }
}
