using NomadPlatform.Feed.Domain;

namespace NomadPlatform.UnitTests.Feed;

public sealed class WebhookSubscriptionTests
{
    static readonly DateTimeOffset Now = new(2026, 12, 4, 6, 0, 0, TimeSpan.Zero);
    static readonly TimeSpan RetryFor = TimeSpan.FromHours(24);
    static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);

    [Fact]
    public void Each_failure_doubles_the_wait_up_to_the_longest_and_a_delivery_clears_the_failure()
    {
        var subscription = WebhookSubscription.Start("920140000103", new Uri("https://bank.example/events"), 10, Now);

        subscription.Failed("503", Now, RetryFor, LongestWait);
        var dueTooSoon = subscription.Due(Now.AddMilliseconds(500));
        var dueAfterItsWait = subscription.Due(Now.AddSeconds(1));
        var waits = new List<TimeSpan> { subscription.NextAttemptAt!.Value - Now };
        for (var attempt = 1; attempt < 12; attempt++)
        {
            subscription.Failed("503", Now, RetryFor, LongestWait);
            waits.Add(subscription.NextAttemptAt!.Value - Now);
        }
        subscription.Delivered(11, Now.AddMinutes(1));

        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300], waits.Select(w => (int)w.TotalSeconds));
        Assert.False(dueTooSoon);
        Assert.True(dueAfterItsWait);
        Assert.Equal(11, subscription.Position);
        Assert.Null(subscription.FailingSince);
        Assert.True(subscription.Due(Now.AddMinutes(1)));
    }

    [Fact]
    public void Failing_past_the_retry_period_parks_it_at_its_position_until_the_partner_asks_for_redelivery()
    {
        var subscription = WebhookSubscription.Start("920140000103", new Uri("https://bank.example/events"), 10, Now);
        subscription.Failed("503", Now, RetryFor, LongestWait);

        subscription.Failed("503", Now + RetryFor + TimeSpan.FromSeconds(1), RetryFor, LongestWait);
        var parkedDue = subscription.Due(Now.AddDays(2));
        subscription.Redeliver(new Uri("https://bank.example/v2/events"), 7, Now.AddDays(2));

        Assert.False(parkedDue);
        Assert.Equal(WebhookStatus.Active, subscription.Status);
        Assert.Equal(7, subscription.Position);
        Assert.Equal("https://bank.example/v2/events", subscription.Url);
        Assert.True(subscription.Due(Now.AddDays(2)));
    }
}
