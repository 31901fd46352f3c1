using NomadPlatform.PlatformHarness.Faults;
using Xunit.Abstractions;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// The shortened fault-injection run (the full one: <c>scripts/fault-injection.sh</c>, 1,000 cases):
/// seven waves of cases, each with one service (the feed too) SIGKILLed and restarted, the broker restarted
/// once; partners follow through the broker and through the feed, pulling and pushed to.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class FaultInjectionRunTests(PlatformFixture platform, ITestOutputHelper output)
{
    [Fact]
    public async Task Cases_flowing_while_each_service_is_killed_and_the_broker_restarted_end_once_each_and_partners_see_one_id_per_change()
    {
        var figures = await new FaultInjectionRun(platform, new FaultInjectionOptions(Cases: 42, Waves: 7, RefuseEvery: 6), TextWriter.Null).RunAsync();
        output.WriteLine(figures.Table());

        Assert.Empty(figures.Problems);
        Assert.Equal(42, figures.Started);
        Assert.Equal((35, 7), (figures.Completed, figures.Refused));
        Assert.Equal((0, 0, 0L), (figures.Lost, figures.Duplicates, figures.UndeliveredOutboxRows));
        Assert.Equal((0, 0), (figures.MissingPartnerEvents, figures.MissingFeedEvents));
        Assert.Equal(7, figures.RestartsSurvived);
        Assert.Single(figures.Faults, f => f.StartsWith("broker restarted", StringComparison.Ordinal));
    }
}
