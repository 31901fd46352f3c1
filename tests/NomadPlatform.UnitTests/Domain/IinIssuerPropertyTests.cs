using CsCheck;
using NomadPlatform.Identity.Domain;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.UnitTests.Domain;

public sealed class IinIssuerPropertyTests
{
    static readonly Gen<(DateOnly Birth, Sex Sex)> Applicants =
        Gen.Select(Gen.Int[new DateOnly(1940, 1, 1).DayNumber, new DateOnly(2008, 12, 31).DayNumber], Gen.Bool,
            (day, female) => (DateOnly.FromDayNumber(day), female ? Sex.Female : Sex.Male));

    [Fact]
    public void Every_issued_iin_validates_and_none_repeats_over_100000_issues()
    {
        var lastSerials = new Dictionary<string, int>();
        var issued = new HashSet<string>();

        Applicants.Sample(applicant =>
        {
            var prefix = Iin.Prefix(applicant.Birth, applicant.Sex);
            var iin = IinIssuer.Next(applicant.Birth, applicant.Sex, lastSerials.GetValueOrDefault(prefix));
            lastSerials[prefix] = IinIssuer.SerialOf(iin.Value);

            Assert.True(Iin.TryParse(iin.Value, out var parsed, out var reason), reason);
            Assert.Equal(applicant.Birth, parsed.BirthDate);
            Assert.Equal(applicant.Sex, parsed.Sex);
            Assert.True(issued.Add(iin.Value), $"{iin} was issued twice");
        }, iter: 100_000, threads: 1);

        Assert.Equal(100_000, issued.Count);
    }

    [Fact]
    public void Parsing_any_twelve_digits_never_throws()
    {
        Gen.String[Gen.Char['0', '9'], 12, 12].Sample(text =>
        {
            if (Iin.TryParse(text, out var iin, out _)) Assert.Equal(text, iin.Value);
        }, iter: 100_000);
    }
}
