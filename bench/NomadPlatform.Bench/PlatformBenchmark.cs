using Aspire.Hosting.Testing;
using NomadPlatform.PlatformHarness;

namespace NomadPlatform.Bench;

/// <summary>Starts the whole platform as the AppHost runs it, then measures the broker's bound, whole cases and submission latency.</summary>
public static class PlatformBenchmark
{
    /// <summary>What each figure was measured with: a committed case survives a process kill.</summary>
    public const string Durability =
        "SQLite per service, WAL, synchronous=FULL; outbox/inbox rows in the same transaction as the state; RabbitMQ durable queues, persistent messages, publisher confirms";

    public const string PostgresDurability =
        "PostgreSQL 15 (one local server, a database per service), fsync=on, synchronous_commit=on; outbox/inbox rows in the same transaction as the state; RabbitMQ durable queues, persistent messages, publisher confirms";

    public static async Task<object> RunAsync(int cases, int concurrency, int brokerMessages, double rate, int requests, string provider, bool audit,
        bool tracing, bool profile, string machine)
    {
        if (profile && !CpuProfile.Available())
        {
            Console.Error.WriteLine("--profile needs Linux perf (apt-get install linux-perf): the run goes on without it.");
            profile = false;
        }
        var settings = new Dictionary<string, string>(profile ? CpuProfile.Settings : new Dictionary<string, string>())
        {
            // The background rounds as deployed (the platform tests run them every few seconds).
            ["Deadlines:SweepInterval"] = "00:01:00",
            ["System:CheckInterval"] = "00:01:00",
            ["Metrics:GaugeInterval"] = "00:00:15",
            ["Risk:ScanInterval"] = "00:01:00",
            ["Audit:SealInterval"] = "01:00:00",
        };
        // Auditing off only to measure what it costs: every deployment keeps it on.
        if (!audit) settings["Audit:Enabled"] = "false";
        // Spans are recorded and processed here as deployed; only their export is absent (no dashboard).
        if (!tracing) settings["Telemetry:Tracing"] = "false";
        await using var platform = new LocalPlatform(withDashboard: false) { EveryServiceSettings = settings };
        Console.Error.WriteLine($"starting the platform (AppHost: RabbitMQ, six services on {provider}, audit {(audit ? "on" : "off")})…");
        await platform.StartAsync($"--Database:Provider={provider}");
        var durability = provider == "Postgres" ? PostgresDurability : Durability;

        var messaging = await platform.BrokerConnectionStringAsync();
        Console.Error.WriteLine($"broker bound: {brokerMessages} messages…");
        var brokerRate = await BrokerBound.MeasureAsync(messaging, brokerMessages);

        Console.Error.WriteLine("token validation: 20000 validations of a real access token…");
        var tokens = await new TokenValidationCost(platform, 20_000).RunAsync();

        Console.Error.WriteLine($"whole cases: {cases} at concurrency {concurrency}, a partner following the feed…");
        await using var follower = new FeedFollower(platform);
        await follower.StartAsync();
        var run = new WholeCases(platform, cases, concurrency);
        Console.Error.WriteLine($"  (the applicants' keys and files, and warm-up rounds of {run.WarmUpCases} cases until the compilers settle, untimed)");
        await run.PrepareAsync();
        var cpu = new CpuPerCase(platform);
        var profiler = profile ? new CpuProfile(platform, Path.Combine("artifacts", "bench", "whole-cases.perf.data")) : null;
        cpu.Start();
        profiler?.Start();
        var whole = await run.RunAsync();
        var (parts, driver) = cpu.Stop(cases);
        var profiles = profiler is null ? [] : await profiler.StopAsync();
        Console.Error.WriteLine("feed: the partner catches up, then replays the whole log…");
        var feed = await follower.FinishAsync(TimeSpan.FromSeconds(5));

        Console.Error.WriteLine($"submission latency: {requests} requests at {rate}/s…");
        var latency = await new SubmissionLatency(platform, rate, requests, concurrency).RunAsync();

        Console.Error.WriteLine("submission capacity: rates climbed until p99 passes 50 ms…");
        var capacity = await new SubmissionCapacity(platform, concurrency).RunAsync(TimeSpan.FromSeconds(8));

        var caseBound = brokerRate / whole.MessagesPerCase;
        Console.WriteLine($"{"figure",-52} {"value",12}   target");
        Row("broker publish→consume (messages/s)", brokerRate, "");
        Row("messages per case (events, each published once)", whole.MessagesPerCase, "");
        Row("broker-bound case rate (cases/s)", caseBound, "");
        Row($"whole cases per second ({cases} cases, {concurrency} at a time)", whole.CasesPerSecond, "≥ 30");
        Row("ratio to the broker-bound rate (%)", 100 * whole.CasesPerSecond / caseBound, "≥ 50");
        Row($"submission p50 at {rate}/s (ms)", latency.P50Ms, "");
        Row($"submission p95 at {rate}/s (ms)", latency.P95Ms, "");
        Row($"submission p99 at {rate}/s (ms)", latency.P99Ms, "≤ 20");
        Row($"submissions accepted (of {latency.Requests})", latency.Succeeded, "");
        Row($"highest submission rate with p99 ≤ {capacity.P99LimitMs:N0} ms (/s)", capacity.HighestRate, "report");
        Row("feed: events a following partner received", feed.EventsReceived, "");
        Row("feed: agency commit → partner receipt p50 (ms)", feed.LagP50Ms, "");
        Row("feed: agency commit → partner receipt p99 (ms)", feed.LagP99Ms, "");
        Row("feed: events left out of the lag (committed before a clock move)", feed.LagsLeftOut, "");
        Row("feed: replay of the whole log, signed (events/s)", feed.ReplayEventsPerSecond, "");
        Row("token validation per request (µs, one thread)", tokens.MicrosecondsPerValidation, "");
        Row("token validation per request (bytes allocated)", tokens.AllocatedBytesPerValidation, "");
        Console.WriteLine($"CPU per whole case, by part of the platform ({cases} cases, {Environment.ProcessorCount} cores):");
        Console.WriteLine($"  {"part",-50} {"CPU s",8} {"ms/case",9} {"share",7} {"of which JIT",13}");
        foreach (var part in parts.Append(driver))
            Console.WriteLine($"  {part.Part,-50} {part.CpuSeconds,8:N1} {part.MillisecondsPerCase,9:N1} {(part == driver ? "" : $"{part.SharePercent:N0} %"),7} {(part == driver ? "" : $"{part.CompilerMillisecondsPerCase:N1}"),13}");
        Console.WriteLine("  (of which JIT: the runtime's background compiler recompiling code the run made hot, paid once per service start)");
        foreach (var service in profiles)
        {
            Console.WriteLine($"  {service.Part}: the ten costliest functions (share of its CPU samples):");
            foreach (var cost in service.Top) Console.WriteLine($"    {cost.Percent,6:N1} %  {cost.Symbol}");
        }
        PhaseTable.Print(whole.Phases, parts.Select(p => p.Part).Where(p => whole.Phases.Any(phase => phase.CpuMsPerCase.ContainsKey(p))).ToList());
        Console.WriteLine($"durability: {durability}");
        Console.WriteLine($"audit log: {(audit ? "on (every write and read of personal data appended in its transaction, linked every 2 s)" : "OFF (to measure its cost)")}");
        Console.WriteLine($"tracing: {(tracing ? "on (every span recorded and processed; not exported: the benchmark runs no dashboard)" : "OFF (to measure its cost)")}");

        return new
        {
            machine,
            durability,
            broker = new { messages = brokerMessages, messagesPerSecond = brokerRate },
            wholeCases = whole,
            cpuPerCase = new { parts, driver, profiles },
            brokerBoundCasesPerSecond = caseBound,
            ratioToBrokerBound = whole.CasesPerSecond / caseBound,
            submissionLatency = latency,
            submissionCapacity = capacity,
            feed,
            tokenValidation = tokens,
            // Every request of the whole-case run and of the latency run carries a bearer token that the
            // service validates, and every officer's step checks the role in the agency's staff register.
            authentication = "on",
            audit = audit ? "on" : "off",
            tracing = tracing ? "on" : "off",
        };
    }

    static void Row(string figure, double value, string target) => Console.WriteLine($"{figure,-52} {value,12:N1}   {target}");
}
