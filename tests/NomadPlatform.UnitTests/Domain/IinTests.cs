using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.UnitTests.Domain;

public sealed class IinTests
{
    [Theory]
    [InlineData("061211600012", 2006, 12, 11, Sex.Female)]
    [InlineData("791028302728", 1979, 10, 28, Sex.Male)]
    [InlineData("990106300596", 1999, 1, 6, Sex.Male)]
    public void Known_valid_iins_parse_with_their_birth_date_and_sex(string text, int year, int month, int day, Sex sex)
    {
        var iin = Iin.Parse(text);

        Assert.Equal(new DateOnly(year, month, day), iin.BirthDate);
        Assert.Equal(sex, iin.Sex);
    }

    [Theory]
    [InlineData("06121160001", "exactly 12 digits")]
    [InlineData("06121160001a", "exactly 12 digits")]
    [InlineData("061211000012", "7th digit")]
    [InlineData("061311600012", "not a real date")]
    [InlineData("990229300596", "not a real date")]
    [InlineData("061211600013", "check digit")]
    [InlineData("123456789011", "7th digit")]
    public void Invalid_iins_are_refused_with_their_reason(string text, string reason)
    {
        Assert.False(Iin.TryParse(text, out _, out var why));
        Assert.Contains(reason, why);
    }

    /// <summary>
    /// The national check digit cannot see every typo: the 11th digit weighs 11 (≡ 0 mod 11) in the
    /// first pass, and where either number's first pass gives 10 the second pass decides alone.
    /// Every other single-digit change must be refused.
    /// </summary>
    [Theory]
    [InlineData("791028302728")]
    [InlineData("061211600012")]
    [InlineData("990106300596")]
    public void Single_digit_changes_are_refused_unless_the_check_digit_cannot_see_them(string valid)
    {
        for (var position = 0; position < 12; position++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (valid[position] == digit) continue;
                var changed = valid[..position] + digit + valid[(position + 1)..];
                if (Iin.TryParse(changed, out _, out _))
                    Assert.True(position == 10 || FirstPass(changed) == 10 || FirstPass(valid) == 10, $"{changed} should have been refused");
            }
        }
    }

    static int FirstPass(string iin) => Enumerable.Range(0, 11).Sum(i => (iin[i] - '0') * (i + 1)) % 11;

    [Fact]
    public void Composed_iins_are_valid_or_absent_when_no_check_digit_exists()
    {
        var birth = new DateOnly(1990, 4, 12);
        var composed = Enumerable.Range(0, 10_000).Select(serial => Iin.Compose(birth, Sex.Female, serial)).ToList();

        Assert.All(composed.OfType<Iin>(), iin => Assert.True(Iin.TryParse(iin.Value, out _, out _)));
        Assert.Contains(composed, iin => iin is null);
        Assert.Equal(composed.OfType<Iin>().Count(), composed.OfType<Iin>().Distinct().Count());
    }
}
