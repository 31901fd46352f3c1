using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using NomadPlatform.PlatformHarness;

namespace NomadPlatform.Bench;

/// <summary>One phase of the timed run: how long it took and each part's CPU in it, per case.</summary>
public sealed record PhaseTiming(string Phase, double Seconds, IReadOnlyDictionary<string, double> CpuMsPerCase);

public sealed record WholeCaseResult(int Cases, double Seconds, double CasesPerSecond, double MessagesPerCase, IReadOnlyList<PhaseTiming> Phases);

/// <summary>
/// N synthetic applicants through every phase to an issued permit, officers' steps through their APIs,
/// after warm-up rounds. Cases move phase by phase with bounded concurrency so the platform's clock is
/// moved once per round, past the interview slots of all of them, instead of once per case.
/// </summary>
public sealed class WholeCases(LocalPlatform platform, int cases, int concurrency)
{
    readonly List<PhaseTiming> _phases = [];

    /// <summary>
    /// A warm-up round: enough for every step's code to be called more than 30 times, after which .NET's
    /// tiered compilation recompiles it — instrumented first, then optimised with what the instrumentation saw.
    /// </summary>
    public int WarmUpCases => Math.Max(48, 3 * concurrency);

    /// <summary>A round in which the background compiler used less than this share of the platform's CPU ends the warm-up.</summary>
    const double CompilerSettledPercent = 5;

    const int MostWarmUpRounds = 4;

    List<CaseJourney> _journeys = [];
    List<RSA> _keys = [];

    /// <summary>
    /// The applicants' own work (keys, files), and untimed warm-up rounds of <see cref="WarmUpCases"/> cases
    /// through every phase, each until the platform is idle again, until the runtimes' background compilers
    /// have (nearly) finished: the timed run measures services as they run for days — code compiled at its
    /// last tier, pools filled — not their first minutes. A single round left a quarter of the timed run's
    /// CPU to the compilers (a method is recompiled twice, each after 30 calls counted from when compiling quiets down).
    /// </summary>
    public async Task PrepareAsync()
    {
        (_journeys, _keys) = Applicants(cases);
        for (var round = 1; round <= MostWarmUpRounds; round++)
        {
            var cpuBefore = PlatformCpu.Read(platform);
            var compilerBefore = PlatformCpu.ReadCompiler(platform);
            await WarmUpRoundAsync($"W{round}");
            var (waited, load) = await QuietWait.UntilIdleAsync(platform, TimeSpan.FromMinutes(2));
            var used = PlatformCpu.Between(cpuBefore, PlatformCpu.Read(platform)).Values.Sum(t => t.TotalSeconds);
            var compiler = PlatformCpu.Between(compilerBefore, PlatformCpu.ReadCompiler(platform)).Values.Sum(t => t.TotalSeconds);
            var share = used > 0 ? 100 * compiler / used : 0;
            Console.Error.WriteLine($"  (warm-up round {round}: the background compilers used {share:N0} % of the platform's CPU; idle again in {waited.TotalSeconds:N0} s: {load:N0} ms of CPU per second)");
            if (share < CompilerSettledPercent) break;
        }
    }

    async Task WarmUpRoundAsync(string prefix)
    {
        var (warmUp, warmUpKeys) = Applicants(WarmUpCases);
        try
        {
            await RunPhasesAsync(warmUp, prefix, timed: false);
        }
        finally
        {
            foreach (var journey in warmUp) journey.Dispose();
            foreach (var key in warmUpKeys) key.Dispose();
        }
    }

    /// <summary>The timed run: every prepared case from its IIN to its permit.</summary>
    public async Task<WholeCaseResult> RunAsync()
    {
        var total = Stopwatch.StartNew();
        try
        {
            var events = await RunPhasesAsync(_journeys, "B", timed: true);
            total.Stop();
            var expected = CaseJourney.FullTimeline.Length;
            if (events.Any(e => e != expected))
                throw new InvalidOperationException($"{events.Count(e => e != expected)} cases did not show all {expected} events.");
            return new WholeCaseResult(cases, total.Elapsed.TotalSeconds, cases / total.Elapsed.TotalSeconds, events.Average(), _phases);
        }
        finally
        {
            foreach (var journey in _journeys) journey.Dispose();
            foreach (var key in _keys) key.Dispose();
        }
    }

    /// <summary>
    /// Applicants make their signing and sign-in keys (the CA certifies CSRs) and their files on their own
    /// machines before they apply: that work is theirs, not the platform's, so it is done before the clock starts.
    /// </summary>
    (List<CaseJourney> Journeys, List<RSA> Keys) Applicants(int count)
    {
        var keys = Enumerable.Range(0, count * 2).AsParallel().Select(_ => ApplicantKey()).ToList();
        var journeys = Enumerable.Range(0, count).Select(i => new CaseJourney(platform) { OwnKey = keys[2 * i], OwnAuthenticationKey = keys[2 * i + 1] }).ToList();
        journeys.AsParallel().ForAll(journey => journey.PrepareDossier());
        return (journeys, keys);
    }

    /// <summary>The cases phase by phase; the number of timeline events each shows at the end.</summary>
    async Task<int[]> RunPhasesAsync(IReadOnlyList<CaseJourney> journeys, string prefix, bool timed)
    {
        var passportExpiry = platform.Today.AddYears(9);
        Task PhaseAsync(string phase, Func<CaseJourney, int, Task> step) => this.PhaseAsync(phase, journeys, step, timed);
        await PhaseAsync("identity: IIN", (j, i) => j.RegisterPersonAsync($"{prefix}{i:D8}", passportExpiry));
        await PhaseAsync("identity: EDS certificates (CSR), sign-in", async (j, _) =>
        {
            await j.RenewSigningKeyAsync();
            await (await j.ApplicantAsync()).AccessTokenAsync();
        });
        await PhaseAsync("hub: documents uploaded", (j, _) => j.UploadDossierAsync());
        await PhaseAsync("hub: signed submission", (j, _) => j.SubmitAsync(passportExpiry));
        var slots = new DateTimeOffset[journeys.Count];
        await PhaseAsync("hub: verified, interview booked", async (j, i) =>
        {
            await j.VerifyDocumentsAsync();
            slots[i] = await j.ScheduleInterviewAsync($"bench-officer-{prefix}{i}");
        });
        platform.AdvanceClock(slots.Max() - platform.Now + TimeSpan.FromMinutes(30));
        await PhaseAsync("hub: interview passed, endorsed", (j, _) => j.PassInterviewAndEndorseAsync());
        await PhaseAsync("approval: filed", (j, _) => j.FileRpApplicationAsync());
        await PhaseAsync("approval: approved", (j, _) => j.DecideApprovalAsync());
        await PhaseAsync("arrival: entry", (j, _) => j.EnterAsync());
        await PhaseAsync("arrival: ten-print, duplicate check", (j, _) => j.RegisterFingerprintsAsync());
        await PhaseAsync("arrival: medical, housing", (j, i) => j.RecordMedicalAndHousingAsync($"Astana, Bench Street {prefix}{i}"));
        await PhaseAsync("arrival: completion", (j, _) => j.CompleteArrivalAsync());
        await PhaseAsync("psc: submission, permit", (j, _) => j.IssuePermitAsync());
        var expected = CaseJourney.FullTimeline.Length;
        var events = new int[journeys.Count];
        await PhaseAsync("timeline: every event delivered", async (j, i) => events[i] = (await j.TimelineAsync(expected)).Length);
        return events;
    }

    /// <summary>An RSA-2048 key, generated now (RSA.Create only generates it on first use).</summary>
    static RSA ApplicantKey()
    {
        var key = RSA.Create(2048);
        _ = key.ExportSubjectPublicKeyInfo();
        return key;
    }

    async Task PhaseAsync(string phase, IReadOnlyList<CaseJourney> journeys, Func<CaseJourney, int, Task> step, bool timed)
    {
        var cpuBefore = timed ? PlatformCpu.Read(platform) : null;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, journeys.Count), new ParallelOptions { MaxDegreeOfParallelism = concurrency },
            async (i, _) => await step(journeys[i], i));
        if (cpuBefore is null) return;
        // Work a phase sets off (consumers, relays) may finish in the next one: a part's CPU lands where it was spent.
        var cpu = PlatformCpu.Between(cpuBefore, PlatformCpu.Read(platform)).ToDictionary(c => c.Key, c => 1000 * c.Value.TotalSeconds / journeys.Count);
        _phases.Add(new PhaseTiming(phase, clock.Elapsed.TotalSeconds, cpu));
        Console.Error.WriteLine($"  {phase,-36} {clock.Elapsed.TotalSeconds,8:N1} s");
    }
}
