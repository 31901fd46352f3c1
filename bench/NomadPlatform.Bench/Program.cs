using System.Diagnostics;
using System.Text.Json;
using NomadPlatform.Bench;

// dotnet run -c Release --project bench/NomadPlatform.Bench -- [identity] [--seconds N] [--json file]
var seconds = args.SkipWhile(a => a != "--seconds").Skip(1).Select(double.Parse).FirstOrDefault(3);
var jsonFile = args.SkipWhile(a => a != "--json").Skip(1).FirstOrDefault();

// Single core: the figures are per core, whatever else the machine runs.
if (OperatingSystem.IsLinux()) Process.GetCurrentProcess().ProcessorAffinity = 1;

var results = IdentityBenchmarks.Run(TimeSpan.FromSeconds(seconds));
Console.WriteLine($"{"benchmark",-44} {"ops/s",12} {"µs/op",10}");
foreach (var result in results)
    Console.WriteLine($"{result.Name,-44} {result.OperationsPerSecond,12:N0} {1_000_000 / result.OperationsPerSecond,10:N1}");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores available, 1 used; .NET {Environment.Version}; {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");

if (jsonFile is not null)
    File.WriteAllText(jsonFile, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
