using NomadPlatform.Contracts.HubIntake;
using NomadPlatform.HubIntake.Domain;

namespace NomadPlatform.UnitTests.Domain;

public sealed class ReviewDeadlineTests
{
    static readonly DateTimeOffset Due = new(2026, 11, 27, 19, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_passed_deadline_is_flagged_once_with_its_breach_event()
    {
        var deadline = ReviewDeadline.Open(Guid.NewGuid(), ReviewStep.DocumentVerification, Due);

        deadline.FlagBreach(Due);
        Assert.Empty(deadline.PendingEvents);
        deadline.FlagBreach(Due.AddSeconds(1));
        deadline.FlagBreach(Due.AddHours(1));

        var missed = Assert.IsType<HubReviewDeadlineMissed>(Assert.Single(deadline.PendingEvents));
        Assert.Equal("DocumentVerification", missed.Step);
        Assert.Equal(Due.AddSeconds(1), deadline.BreachedAt);
    }

    [Fact]
    public void A_met_deadline_never_breaches()
    {
        var deadline = ReviewDeadline.Open(Guid.NewGuid(), ReviewStep.Interview, Due);

        deadline.Meet(Due.AddHours(-1));
        deadline.FlagBreach(Due.AddDays(3));

        Assert.Empty(deadline.PendingEvents);
        Assert.False(deadline.IsOpen);
    }
}
