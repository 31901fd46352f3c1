using NomadPlatform.Applicants;
using NomadPlatform.Arrival.Domain.Fingerprints;

namespace NomadPlatform.UnitTests.Fingerprints;

public sealed class FingerprintGalleryTests
{
    static CapturedFinger Finger(int person, FingerPosition position, int capture)
    {
        var template = SyntheticFingerprints.Capture(person, (int)position, capture);
        Assert.True(MinutiaeRecord.TryParse(template, out var record, out _));
        return new CapturedFinger(position, template, record);
    }

    static IEnumerable<CapturedFinger> TenPrint(int person, int capture) =>
        Enum.GetValues<FingerPosition>().Select(p => Finger(person, p, capture));

    static IEnumerable<int> Probe(IEnumerable<CapturedFinger> fingers) =>
        fingers.SelectMany(f => FingerprintIndex.ProbeKeysOf(f.Position, f.Record.Minutiae)).Distinct();

    [Fact]
    public void A_second_capture_proposes_each_finger_of_the_same_person_and_no_one_else()
    {
        var gallery = new FingerprintGallery();
        var person = Guid.NewGuid();
        gallery.Add(person, FingerprintRegistration.Of(person, TenPrint(5, 1)).IndexKeys());
        foreach (var other in Enumerable.Range(200, 30))
            gallery.Add(Guid.NewGuid(), FingerprintRegistration.Of(Guid.NewGuid(), TenPrint(other, 1)).IndexKeys());

        var candidates = gallery.Candidates(Probe(TenPrint(5, 2)));

        Assert.Equal(Enum.GetValues<FingerPosition>().Order(), candidates.Where(c => c.CaseId == person).Select(c => c.Position).Order());
        // Impostor fingers may reach the matcher now and then (the index only narrows); never most of them.
        Assert.True(candidates.Count(c => c.CaseId != person) <= 30 * 10 / 20);
    }

    [Fact]
    public void A_stored_registration_gives_back_the_keys_of_every_finger()
    {
        var fingers = TenPrint(9, 1).ToList();
        var registration = FingerprintRegistration.Of(Guid.NewGuid(), fingers);

        var expected = fingers.SelectMany(f => FingerprintIndex.KeysOf(f.Position, f.Record.Minutiae)).ToHashSet();
        Assert.Equal(expected.Order(), registration.IndexKeys().Order());
        Assert.All(fingers, f => Assert.All(FingerprintIndex.KeysOf(f.Position, f.Record.Minutiae), k => Assert.Equal(f.Position, FingerprintIndex.PositionOf(k))));
    }

    [Fact]
    public void An_empty_gallery_proposes_nothing()
    {
        Assert.Empty(new FingerprintGallery().Candidates(Probe(TenPrint(1, 1))));
    }
}
