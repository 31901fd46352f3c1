using NomadPlatform.PlatformHarness.Faults;
using Xunit.Abstractions;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// The shortened fault-injection run on twins: every agency's service runs twice on its one PostgreSQL
/// database and broker account; in each wave one instance of a service is SIGKILLed while its twin carries
/// on (the broker, once, is restarted), and partners follow through the broker and the feed.
/// </summary>
public sealed class TwinInstancesTests(TwinInstancesPlatform platform, ITestOutputHelper output) : IClassFixture<TwinInstancesPlatform>
{
    [Fact]
    public async Task Cases_flowing_while_one_instance_of_each_service_is_killed_end_once_each_with_nothing_lost()
    {
        var figures = await new FaultInjectionRun(platform, new FaultInjectionOptions(Cases: 14, Waves: 7, RefuseEvery: 7), TextWriter.Null).RunAsync();
        output.WriteLine(figures.Table());

        Assert.Empty(figures.Problems);
        Assert.Equal((14, 12, 2), (figures.Started, figures.Completed, figures.Refused));
        Assert.Equal((0, 0, 0L), (figures.Lost, figures.Duplicates, figures.UndeliveredOutboxRows));
        Assert.Equal((0, 0), (figures.MissingPartnerEvents, figures.MissingFeedEvents));
        Assert.Equal(6, figures.Faults.Count(f => f.Contains("one of 2) SIGKILLed", StringComparison.Ordinal)));
    }
}
