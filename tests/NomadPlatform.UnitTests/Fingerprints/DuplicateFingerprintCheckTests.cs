using NomadPlatform.Applicants;
using NomadPlatform.Arrival.Domain.Fingerprints;

namespace NomadPlatform.UnitTests.Fingerprints;

public sealed class DuplicateFingerprintCheckTests
{
    const string Iin = "791028302728", OtherIin = "900101400014";

    static TenPrint Prints(int person, int capture, params FingerPosition[] only) =>
        TenPrint.Check(
            Enum.GetValues<FingerPosition>().Where(p => only.Length == 0 || only.Contains(p))
                .Select(p => (p, SyntheticFingerprints.Capture(person, (int)p, capture))).ToList(),
            Enum.GetValues<FingerPosition>().Where(p => only.Length > 0 && !only.Contains(p))
                .Select(p => new MissingFinger(p, MissingFingerReason.UnableToPrint)).ToList());

    static List<FingerprintTemplate> OnRecord(Guid caseId, string iin, TenPrint prints) =>
        prints.Captured.Select(f => FingerprintTemplate.Of(caseId, iin, f)).ToList();

    [Fact]
    public void The_same_fingers_under_another_iin_are_flagged_with_the_matching_fingers()
    {
        var earlierCase = Guid.NewGuid();
        var registered = OnRecord(earlierCase, OtherIin, Prints(person: 5, capture: 1)).Concat(OnRecord(Guid.NewGuid(), "880512300129", Prints(person: 6, capture: 1)));

        var match = Assert.Single(DuplicateFingerprintCheck.Find(Iin, Prints(person: 5, capture: 2), registered));

        Assert.Equal((earlierCase, OtherIin), (match.CaseId, match.Iin));
        Assert.Equal(10, match.Fingers.Count);
    }

    [Fact]
    public void The_same_person_under_the_same_iin_and_another_person_are_not_duplicates()
    {
        var registered = OnRecord(Guid.NewGuid(), Iin, Prints(person: 5, capture: 1)).Concat(OnRecord(Guid.NewGuid(), OtherIin, Prints(person: 6, capture: 1)));

        Assert.Empty(DuplicateFingerprintCheck.Find(Iin, Prints(person: 5, capture: 2), registered));
    }

    [Fact]
    public void With_one_finger_in_common_that_finger_decides()
    {
        var registered = OnRecord(Guid.NewGuid(), OtherIin, Prints(5, 1, FingerPosition.RightIndex, FingerPosition.LeftThumb));

        var match = Assert.Single(DuplicateFingerprintCheck.Find(Iin, Prints(5, 2, FingerPosition.RightIndex, FingerPosition.RightThumb), registered));

        Assert.Equal([FingerPosition.RightIndex], match.Fingers);
    }

    [Fact]
    public void One_matching_finger_among_several_in_common_is_not_enough()
    {
        // Person 6's registration, except that its right thumb is person 5's.
        var caseId = Guid.NewGuid();
        var registration = Enum.GetValues<FingerPosition>()
            .Select(p => Template(caseId, OtherIin, person: p == FingerPosition.RightThumb ? 5 : 6, p)).ToList();

        Assert.Empty(DuplicateFingerprintCheck.Find(Iin, Prints(5, 2), registration));
    }

    [Fact]
    public void With_an_index_only_proposed_fingers_are_compared_and_too_few_proposals_compare_nothing()
    {
        var earlierCase = Guid.NewGuid();
        var registered = OnRecord(earlierCase, OtherIin, Prints(person: 5, capture: 1));

        var two = Assert.Single(DuplicateFingerprintCheck.Find(Iin, Prints(5, 2), registered,
            (_, position) => position is FingerPosition.LeftIndex or FingerPosition.RightRing));
        Assert.Equal([FingerPosition.RightRing, FingerPosition.LeftIndex], two.Fingers.Order());
        Assert.Empty(DuplicateFingerprintCheck.Find(Iin, Prints(5, 2), registered, (_, position) => position == FingerPosition.LeftIndex));
    }

    static FingerprintTemplate Template(Guid caseId, string iin, int person, FingerPosition position)
    {
        var bytes = SyntheticFingerprints.Capture(person, (int)position, 1);
        Assert.True(MinutiaeRecord.TryParse(bytes, out var record, out _));
        return FingerprintTemplate.Of(caseId, iin, new CapturedFinger(position, bytes, record));
    }
}
