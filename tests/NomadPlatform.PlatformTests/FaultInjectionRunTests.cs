using NomadPlatform.PlatformHarness.Faults;
using Xunit.Abstractions;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// The shortened fault-injection run (the full one: <c>scripts/fault-injection.sh</c>, 1,000 cases):
/// six waves of cases, each with one agency SIGKILLed and restarted, the broker restarted once.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class FaultInjectionRunTests(PlatformFixture platform, ITestOutputHelper output)
{
    [Fact]
    public async Task Cases_flowing_while_each_agency_is_killed_and_the_broker_restarted_end_once_each_and_partners_see_one_id_per_change()
    {
        var figures = await new FaultInjectionRun(platform, new FaultInjectionOptions(Cases: 36, Waves: 6, RefuseEvery: 6), TextWriter.Null).RunAsync();
        output.WriteLine(figures.Table());

        Assert.Empty(figures.Problems);
        Assert.Equal(36, figures.Started);
        Assert.Equal((30, 6), (figures.Completed, figures.Refused));
        Assert.Equal((0, 0, 0L), (figures.Lost, figures.Duplicates, figures.UndeliveredOutboxRows));
        Assert.Equal(0, figures.MissingPartnerEvents);
        Assert.Equal(6, figures.RestartsSurvived);
        Assert.Single(figures.Faults, f => f.StartsWith("broker restarted", StringComparison.Ordinal));
    }
}
