using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using NomadPlatform.PlatformHarness;

namespace NomadPlatform.Bench;

public sealed record PhaseTiming(string Phase, double Seconds);

public sealed record WholeCaseResult(int Cases, double Seconds, double CasesPerSecond, double MessagesPerCase, IReadOnlyList<PhaseTiming> Phases);

/// <summary>
/// N synthetic applicants through every phase to an issued permit, officers' steps through their APIs.
/// Cases move phase by phase with bounded concurrency so the platform's clock is moved once, past the
/// interview slots of all of them, instead of once per case.
/// </summary>
public sealed class WholeCases(LocalPlatform platform, int cases, int concurrency)
{
    readonly List<PhaseTiming> _phases = [];

    public async Task<WholeCaseResult> RunAsync()
    {
        // Applicants make their signing and sign-in keys (the CA certifies CSRs) and their files on their own
        // machines before they apply: that work is theirs, not the platform's, so it is done before the clock starts.
        var keys = Enumerable.Range(0, cases * 2).AsParallel().Select(_ => ApplicantKey()).ToList();
        var journeys = Enumerable.Range(0, cases).Select(i => new CaseJourney(platform) { OwnKey = keys[2 * i], OwnAuthenticationKey = keys[2 * i + 1] }).ToList();
        journeys.AsParallel().ForAll(journey => journey.PrepareDossier());
        var passportExpiry = platform.Today.AddYears(9);
        var total = Stopwatch.StartNew();
        try
        {
            await PhaseAsync("identity: IIN", journeys, (j, i) => j.RegisterPersonAsync($"B{i:D8}", passportExpiry));
            await PhaseAsync("identity: EDS certificates (CSR), sign-in", journeys, async (j, _) =>
            {
                await j.RenewSigningKeyAsync();
                await (await j.ApplicantAsync()).AccessTokenAsync();
            });
            await PhaseAsync("hub: documents uploaded", journeys, (j, _) => j.UploadDossierAsync());
            await PhaseAsync("hub: signed submission", journeys, (j, _) => j.SubmitAsync(passportExpiry));
            var slots = new DateTimeOffset[journeys.Count];
            await PhaseAsync("hub: verified, interview booked", journeys, async (j, i) =>
            {
                await j.VerifyDocumentsAsync();
                slots[i] = await j.ScheduleInterviewAsync($"bench-officer-{i}");
            });
            platform.AdvanceClock(slots.Max() - platform.Now + TimeSpan.FromMinutes(30));
            await PhaseAsync("hub: interview passed, endorsed", journeys, (j, _) => j.PassInterviewAndEndorseAsync());
            await PhaseAsync("approval: filed", journeys, (j, _) => j.FileRpApplicationAsync());
            await PhaseAsync("approval: approved", journeys, (j, _) => j.DecideApprovalAsync());
            await PhaseAsync("arrival: entry", journeys, (j, _) => j.EnterAsync());
            await PhaseAsync("arrival: ten-print, duplicate check", journeys, (j, _) => j.RegisterFingerprintsAsync());
            await PhaseAsync("arrival: medical, housing", journeys, (j, i) => j.RecordMedicalAndHousingAsync($"Astana, Bench Street {i}"));
            await PhaseAsync("arrival: completion", journeys, (j, _) => j.CompleteArrivalAsync());
            await PhaseAsync("psc: submission, permit", journeys, (j, _) => j.IssuePermitAsync());
            var expected = CaseJourney.FullTimeline.Length;
            var events = new int[journeys.Count];
            await PhaseAsync("timeline: every event delivered", journeys, async (j, i) => events[i] = (await j.TimelineAsync(expected)).Length);
            total.Stop();
            if (events.Any(e => e != expected))
                throw new InvalidOperationException($"{events.Count(e => e != expected)} cases did not show all {expected} events.");
            return new WholeCaseResult(cases, total.Elapsed.TotalSeconds, cases / total.Elapsed.TotalSeconds, events.Average(), _phases);
        }
        finally
        {
            foreach (var journey in journeys) journey.Dispose();
            foreach (var key in keys) key.Dispose();
        }
    }

    /// <summary>An RSA-2048 key, generated now (RSA.Create only generates it on first use).</summary>
    static RSA ApplicantKey()
    {
        var key = RSA.Create(2048);
        _ = key.ExportSubjectPublicKeyInfo();
        return key;
    }

    async Task PhaseAsync(string phase, IReadOnlyList<CaseJourney> journeys, Func<CaseJourney, int, Task> step)
    {
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, journeys.Count), new ParallelOptions { MaxDegreeOfParallelism = concurrency },
            async (i, _) => await step(journeys[i], i));
        _phases.Add(new PhaseTiming(phase, clock.Elapsed.TotalSeconds));
        Console.Error.WriteLine($"  {phase,-36} {clock.Elapsed.TotalSeconds,8:N1} s");
    }
}
