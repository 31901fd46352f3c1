using NomadPlatform.Approval.Domain.FamilyVisas;
using NomadPlatform.Contracts.Approval;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.UnitTests.Domain;

public sealed class FamilyVisaTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    static readonly DateOnly PermitUntil = new(2033, 11, 24);

    static FamilyVisa Spouse(DateOnly? permitUntil = null) =>
        FamilyVisa.Issue("C2-2026-0000000001", Guid.NewGuid(), permitUntil ?? PermitUntil, "Alex Nomad", FamilyRelationship.Spouse, new DateOnly(1990, 5, 1), "C01X00T47", "880730300010", Now);

    [Fact]
    public void A_C2_visa_runs_one_year_with_the_right_to_work()
    {
        var visa = Spouse();

        var issued = Assert.IsType<FamilyVisaIssued>(Assert.Single(visa.PendingEvents));
        Assert.Equal((new DateOnly(2026, 11, 25), new DateOnly(2027, 11, 25)), (visa.ValidFrom, visa.ValidUntil));
        Assert.True(issued.RightToWork);
    }

    [Fact]
    public void No_visa_without_the_principals_valid_permit_and_none_beyond_it()
    {
        Assert.Contains("no residence permit", Assert.Throws<CaseRuleViolation>(() => FamilyVisa.Issue("C2-X", Guid.NewGuid(), null, "A", FamilyRelationship.Child, new DateOnly(2015, 1, 1), "P1234567", "880730300010", Now)).Message);
        Assert.Throws<CaseRuleViolation>(() => Spouse(new DateOnly(2026, 11, 25)));
        Assert.Equal(new DateOnly(2027, 3, 1), Spouse(new DateOnly(2027, 3, 1)).ValidUntil);
    }

    [Fact]
    public void Renewal_adds_a_year_only_in_the_last_90_days_and_never_past_the_permit()
    {
        var visa = Spouse(new DateOnly(2028, 6, 30));

        Assert.Throws<CaseRuleViolation>(() => visa.Renew(new DateOnly(2028, 6, 30), "880730300010", Now.AddDays(200)));       // too early
        visa.Renew(new DateOnly(2028, 6, 30), "880730300010", new DateTimeOffset(2027, 10, 1, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal((new DateOnly(2028, 6, 30), 1), (visa.ValidUntil, visa.Renewals));                      // capped by the permit
        Assert.Throws<CaseRuleViolation>(() => visa.Renew(new DateOnly(2028, 6, 30), "880730300010", new DateTimeOffset(2028, 5, 1, 9, 0, 0, TimeSpan.Zero)));
        Assert.Single(visa.PendingEvents.OfType<FamilyVisaRenewed>());
    }

    [Fact]
    public void An_expired_visa_or_an_ended_permit_is_not_renewed()
    {
        var visa = Spouse();

        Assert.Contains("expired", Assert.Throws<CaseRuleViolation>(() => visa.Renew(PermitUntil, "880730300010", Now.AddYears(1).AddDays(1))).Message);
        Assert.Contains("ended", Assert.Throws<CaseRuleViolation>(() => visa.Renew(new DateOnly(2027, 10, 1), "880730300010", new DateTimeOffset(2027, 10, 2, 9, 0, 0, TimeSpan.Zero))).Message);
    }
}
