using NomadPlatform.Approval.Domain;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.UnitTests.Domain;

public sealed class ReapplicationBanTests
{
    static readonly Iin Person = Iin.Parse("791028302728");
    static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_no_show_bans_for_12_calendar_months()
    {
        var ban = ReapplicationBan.Record(Person, BanReason.NoShowCancellation, new DateOnly(2026, 2, 28), Guid.NewGuid(), Now);

        Assert.Equal(new DateOnly(2027, 2, 28), ban.EndsOn);
        Assert.True(ban.AppliesOn(new DateOnly(2027, 2, 27)));
        Assert.False(ban.AppliesOn(new DateOnly(2027, 2, 28)));
        Assert.False(ban.AppliesOn(new DateOnly(2026, 2, 27)));
    }

    [Fact]
    public void An_earlier_deportation_bans_for_5_years()
    {
        var ban = ReapplicationBan.Record(Person, BanReason.Deportation, new DateOnly(2024, 2, 29), null, Now);

        Assert.Equal(new DateOnly(2029, 2, 28), ban.EndsOn);
    }
}
