using NomadPlatform.PlatformHarness;
using NomadPlatform.PlatformHarness.Faults;

namespace NomadPlatform.Bench;

/// <summary>
/// The full fault-injection run on its own platform: 1,000 cases by default, every agency killed in turn, the
/// broker restarted once (of a cluster, <c>--broker-nodes 3</c>: its first node SIGKILLed once); with
/// <c>--instances 2</c> every service runs twice and one instance of it is killed while its twin carries on.
/// </summary>
public static class FaultInjection
{
    public static async Task<FaultInjectionFigures> RunAsync(int cases, int waves, int concurrency, int brokerNodes, int instances, string provider)
    {
        await using var platform = new LocalPlatform(withDashboard: false) { Instances = instances };
        Console.Error.WriteLine($"starting the platform (AppHost: RabbitMQ on {brokerNodes} node(s), every service ×{instances}, on {provider})…");
        await platform.StartAsync($"--Messaging:Nodes={brokerNodes}", $"--Database:Provider={provider}");
        Console.Error.WriteLine($"fault injection: {cases} cases in {waves} waves, {concurrency} at a time…");
        var options = new FaultInjectionOptions(cases, waves, concurrency) { BrokerNodes = brokerNodes };
        var figures = await new FaultInjectionRun(platform, options, Console.Error).RunAsync();
        Console.WriteLine(figures.Table());
        Console.WriteLine($"durability: {(provider == "Postgres" ? PlatformBenchmark.PostgresDurability : PlatformBenchmark.Durability)}");
        return figures;
    }
}
