using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using NomadPlatform.Bench;

// scripts/bench.sh runs: dotnet run -c Release --project bench/NomadPlatform.Bench -- platform [options]
//   platform  [--cases N] [--concurrency C] [--broker-messages M] [--rate R] [--requests K] [--provider Sqlite|Postgres] [--audit on|off] [--tracing on|off] [--profile] [--json file]
//   identity  [--seconds N] [--json file]
//   commits   [--seconds N] [--rate R] [--writers W] [--rounds K] [--json file]   (a SQLite commit's latency, the log copied in the commit as the services do or in the background)
//   faults    [--cases N] [--waves W] [--concurrency C] [--broker-nodes 1|3] [--instances 1|2] [--provider Sqlite|Postgres] [--json file]   (scripts/fault-injection.sh)
string? Option(string name) => args.SkipWhile(a => a != $"--{name}").Skip(1).FirstOrDefault();
var jsonFile = Option("json");
var machine = $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB; .NET {Environment.Version}; {RuntimeInformation.OSDescription}";
object figures;

if (args.FirstOrDefault() == "identity")
{
    // Single core: the figures are per core, whatever else the machine runs.
    if (OperatingSystem.IsLinux()) Process.GetCurrentProcess().ProcessorAffinity = 1;
    var results = IdentityBenchmarks.Run(TimeSpan.FromSeconds(double.Parse(Option("seconds") ?? "3")));
    Console.WriteLine($"{"benchmark",-44} {"ops/s",12} {"µs/op",10}");
    foreach (var result in results)
        Console.WriteLine($"{result.Name,-44} {result.OperationsPerSecond,12:N0} {1_000_000 / result.OperationsPerSecond,10:N1}");
    figures = new { machine, results };
}
else if (args.FirstOrDefault() == "commits")
{
    var results = await SqliteCommitTail.RunAsync(TimeSpan.FromSeconds(double.Parse(Option("seconds") ?? "20")), double.Parse(Option("rate") ?? "300"),
        int.Parse(Option("writers") ?? "4"), int.Parse(Option("rounds") ?? "3"));
    Console.WriteLine($"{"log copied",-34} {"commits",8} {"p50 ms",7} {"p99 ms",7} {"p99.9",7} {"max ms",7} {"> 2 ms",7} {"log file MB",11}");
    foreach (var r in results)
        Console.WriteLine($"{r.Copy,-34} {r.Commits,8} {r.P50Ms,7:N2} {r.P99Ms,7:N2} {r.P999Ms,7:N2} {r.MaxMs,7:N2} {r.OverTwoMs,7} {r.LargestLogBytes / 1e6,11:N1}");
    Console.WriteLine($"durability: {SqliteCommitTail.Durability}");
    figures = new { machine, durability = SqliteCommitTail.Durability, results };
}
else if (args.FirstOrDefault() == "faults")
{
    var run = await FaultInjection.RunAsync(
        cases: int.Parse(Option("cases") ?? "1000"),
        waves: int.Parse(Option("waves") ?? "10"),
        concurrency: int.Parse(Option("concurrency") ?? "16"),
        brokerNodes: int.Parse(Option("broker-nodes") ?? "1"),
        instances: int.Parse(Option("instances") ?? "1"),
        provider: Option("provider") ?? "Sqlite");
    figures = new { machine, run };
    Environment.ExitCode = run.Passed ? 0 : 1;
}
else
{
    figures = await PlatformBenchmark.RunAsync(
        cases: int.Parse(Option("cases") ?? "200"),
        concurrency: int.Parse(Option("concurrency") ?? "16"),
        brokerMessages: int.Parse(Option("broker-messages") ?? "20000"),
        rate: double.Parse(Option("rate") ?? "200"),
        requests: int.Parse(Option("requests") ?? "1000"),
        provider: Option("provider") ?? "Sqlite",
        audit: (Option("audit") ?? "on") != "off",
        tracing: (Option("tracing") ?? "on") != "off",
        profile: args.Contains("--profile"),
        machine);
}
Console.WriteLine($"machine: {machine}");

if (jsonFile is not null)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(jsonFile))!);
    File.WriteAllText(jsonFile, JsonSerializer.Serialize(figures, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
}
