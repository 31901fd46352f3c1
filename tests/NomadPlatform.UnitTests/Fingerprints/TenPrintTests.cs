using NomadPlatform.Applicants;
using NomadPlatform.Arrival.Domain.Fingerprints;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Reasons;

namespace NomadPlatform.UnitTests.Fingerprints;

public sealed class TenPrintTests
{
    static List<(FingerPosition, byte[])> Printed(int person, int quality = 80, params FingerPosition[] except) =>
        Enum.GetValues<FingerPosition>().Except(except)
            .Select(p => (p, SyntheticFingerprints.Capture(person, (int)p, 1, quality))).ToList();

    static IEnumerable<string> Codes(Action check) => Assert.Throws<ChecksFailed>(check).Failures.Select(f => $"{f.Subject}:{f.Code}");

    [Fact]
    public void Ten_readable_fingers_of_enough_quality_make_a_ten_print()
    {
        var prints = TenPrint.Check(Printed(1), []);

        Assert.Equal(10, prints.Captured.Count);
        Assert.All(prints.Captured, f => Assert.Equal(80, f.Record.Quality));
    }

    [Fact]
    public void A_finger_declared_missing_with_a_reason_takes_its_place()
    {
        var prints = TenPrint.Check(Printed(1, except: FingerPosition.LeftLittle), [new(FingerPosition.LeftLittle, MissingFingerReason.Amputated)]);

        Assert.Equal(9, prints.Captured.Count);
        Assert.Equal(FingerPosition.LeftLittle, Assert.Single(prints.Missing).Position);
    }

    [Fact]
    public void Every_bad_finger_is_listed_at_once()
    {
        var printed = Printed(1, except: [FingerPosition.LeftRing, FingerPosition.LeftLittle]);
        printed[0] = (FingerPosition.RightThumb, SyntheticFingerprints.Capture(1, 1, 1, quality: TenPrint.MinimumQuality - 1));
        printed[1] = (FingerPosition.RightIndex, SyntheticFingerprints.Capture(1, 3, 1));
        printed[2] = (FingerPosition.RightMiddle, [1, 2, 3]);
        printed.Add((FingerPosition.LeftMiddle, SyntheticFingerprints.Capture(1, 8, 2)));
        printed.Add((FingerPosition.LeftRing, SyntheticFingerprints.Record(9, 90, SyntheticFingerprints.Finger(1, 9).Take(11).ToList())));

        var codes = Codes(() => TenPrint.Check(printed, []));

        Assert.Equal(
            ["LeftLittle:finger-unaccounted", "LeftMiddle:finger-twice", "LeftRing:too-few-minutiae", "RightIndex:template-position-mismatch", "RightMiddle:template-unreadable", "RightThumb:quality-too-low"],
            codes.Order());
    }

    [Fact]
    public void A_registration_needs_at_least_one_printed_finger() =>
        Assert.Contains("fingers:no-fingers", Codes(() => TenPrint.Check([], Enum.GetValues<FingerPosition>().Select(p => new MissingFinger(p, MissingFingerReason.UnableToPrint)).ToList())));

    [Fact]
    public void Finger_names_read_as_people_say_them_in_each_language()
    {
        var texts = new ReasonTexts(typeof(TenPrint).Assembly);
        var reason = new Reason("test.fingers", $"The {FingerPosition.RightThumb} and the {FingerPosition.LeftLittle}.");

        Assert.Equal("The right thumb and the left little finger.", texts.Write(reason, "en"));
        Assert.Equal("right thumb", texts.TextsIn("en")["FingerPosition.RightThumb"]);
        Assert.Equal("большой палец правой руки", texts.TextsIn("ru")["FingerPosition.RightThumb"]);
    }
}
