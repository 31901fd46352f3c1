using NomadPlatform.Applicants;
using NomadPlatform.Arrival.Domain.Fingerprints;

namespace NomadPlatform.UnitTests.Fingerprints;

public sealed class FingerprintMatcherTests
{
    static IReadOnlyList<Minutia> Minutiae(int person, int position, int capture)
    {
        Assert.True(MinutiaeRecord.TryParse(SyntheticFingerprints.Capture(person, position, capture), out var record, out var reason), reason);
        return record.Minutiae;
    }

    [Fact]
    public void Two_captures_of_the_same_finger_match_for_every_finger_of_many_people()
    {
        var pairs = from person in Enumerable.Range(1, 30) from position in Enumerable.Range(1, 10) select (person, position);

        var missed = pairs.Where(p => !FingerprintMatcher.SameFinger(Minutiae(p.person, p.position, 1), Minutiae(p.person, p.position, 2))).ToList();

        Assert.Empty(missed);
    }

    [Fact]
    public void Different_fingers_never_match()
    {
        var pairs = from a in Enumerable.Range(1, 25) from b in Enumerable.Range(26, 20) select (a, b, position: 1 + (a + b) % 10);

        var falseMatches = pairs.Where(p => FingerprintMatcher.SameFinger(Minutiae(p.a, p.position, 1), Minutiae(p.b, p.position, 1))).ToList();

        Assert.Empty(falseMatches);
        Assert.False(FingerprintMatcher.SameFinger(Minutiae(7, 1, 1), Minutiae(7, 2, 1))); // one person's two fingers
    }

    [Fact]
    public void A_match_survives_rotation_and_shift_but_needs_twelve_paired_minutiae()
    {
        var finger = Minutiae(3, 4, 1);
        var turned = finger.Select(m =>
        {
            const double radians = 20 * Math.PI / 180;
            return m with
            {
                X = (int)(m.X * Math.Cos(radians) - m.Y * Math.Sin(radians) + 150),
                Y = (int)(m.X * Math.Sin(radians) + m.Y * Math.Cos(radians) - 40),
                Angle = (m.Angle + 20) % 360,
            };
        }).ToList();

        Assert.Equal(finger.Count, FingerprintMatcher.PairedMinutiae(finger, turned));
        Assert.False(FingerprintMatcher.SameFinger(finger, turned.Take(FingerprintMatcher.MinimumPairedMinutiae - 1).ToList()));
        Assert.True(FingerprintMatcher.SameFinger(finger, turned.Take(FingerprintMatcher.MinimumPairedMinutiae).ToList()));
    }
}
