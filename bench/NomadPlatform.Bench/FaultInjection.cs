using NomadPlatform.PlatformHarness;
using NomadPlatform.PlatformHarness.Faults;

namespace NomadPlatform.Bench;

/// <summary>The full fault-injection run on its own platform: 1,000 cases by default, every agency killed in turn, the broker restarted once.</summary>
public static class FaultInjection
{
    public static async Task<FaultInjectionFigures> RunAsync(int cases, int waves, int concurrency)
    {
        await using var platform = new LocalPlatform(withDashboard: false);
        Console.Error.WriteLine("starting the platform (AppHost: RabbitMQ, five services)…");
        await platform.StartAsync();
        Console.Error.WriteLine($"fault injection: {cases} cases in {waves} waves, {concurrency} at a time…");
        var figures = await new FaultInjectionRun(platform, new FaultInjectionOptions(cases, waves, concurrency), Console.Error).RunAsync();
        Console.WriteLine(figures.Table());
        Console.WriteLine($"durability: {PlatformBenchmark.Durability}");
        return figures;
    }
}
