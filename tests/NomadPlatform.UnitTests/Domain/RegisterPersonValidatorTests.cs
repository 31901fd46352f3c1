using NomadPlatform.Identity.Features.RegisterPerson;

namespace NomadPlatform.UnitTests.Domain;

public sealed class RegisterPersonValidatorTests
{
    static readonly DateOnly Today = new(2026, 12, 3);

    static Dictionary<string, string[]> Validate(DateOnly birthDate) => RegisterPersonValidator.Validate(
        new RegisterPersonRequest("Seitkali", "Aidos", birthDate, "Male", ["DE"], [new("C01X00T47", "DE", new DateOnly(2031, 1, 1))]), Today);

    [Theory]
    [InlineData("2090-01-01", "future")]
    [InlineData("2026-12-04", "future")]
    [InlineData("1906-12-02", "older than 120")]
    public void A_birth_date_in_the_future_or_implausibly_long_ago_is_refused_naming_the_field(string birthDate, string reason)
    {
        var errors = Validate(DateOnly.Parse(birthDate));

        Assert.Equal(["birthDate"], errors.Keys);
        Assert.Contains(reason, errors["birthDate"][0]);
    }

    [Theory]
    [InlineData("2026-12-03")]
    [InlineData("1906-12-03")]
    [InlineData("1988-02-29")]
    public void A_birth_date_from_today_back_to_120_years_is_accepted(string birthDate) =>
        Assert.Empty(Validate(DateOnly.Parse(birthDate)));
}
