using NomadPlatform.Contracts.PscIssuance;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.PscIssuance.Domain;

namespace NomadPlatform.UnitTests.Domain;

public sealed class ResidencePermitTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_permit_is_valid_ten_years_when_the_passport_lasts_longer()
    {
        var permit = ResidencePermit.Issue(Guid.NewGuid(), "791028302728", "Astana", new DateOnly(2040, 1, 1), "850621300012", Now);

        Assert.Equal(new DateOnly(2036, 11, 25), permit.ValidUntil);
    }

    [Fact]
    public void A_permit_ends_when_the_passport_expires_first()
    {
        var passportExpiry = new DateOnly(2033, 11, 24);

        var permit = ResidencePermit.Issue(Guid.NewGuid(), "791028302728", "Astana", passportExpiry, "850621300012", Now);

        Assert.Equal(passportExpiry, permit.ValidUntil);
        Assert.Single(permit.PendingEvents.OfType<ResidencePermitIssued>());
        Assert.Single(permit.PendingEvents.OfType<PermanentResidenceRegistered>());
    }

    [Fact]
    public void No_permit_is_issued_on_an_expired_passport()
    {
        Assert.Throws<CaseRuleViolation>(() => ResidencePermit.Issue(Guid.NewGuid(), "791028302728", "Astana", new DateOnly(2026, 11, 25), "850621300012", Now));
    }
}
