using System.Diagnostics;
using System.Text.Json;
using static NomadPlatform.PlatformHarness.Faults.Fault;

namespace NomadPlatform.PlatformHarness.Faults;

public sealed record FaultInjectionOptions(int Cases, int Waves, int Concurrency = 16, int RefuseEvery = 10)
{
    /// <summary>The local broker's nodes: one is restarted cleanly; of a cluster, the first node is SIGKILLed.</summary>
    public int BrokerNodes { get; init; } = 1;

    public TimeSpan Patience { get; init; } = TimeSpan.FromMinutes(3);
}

/// <summary>
/// Cases flow wave by wave through every phase while, in each wave, one agency is SIGKILLed and
/// started again (the broker, once, is restarted instead). Partners subscribed from the start, one
/// to the broker, one to the feed (pulling and pushed to); at the end the run counts what every case
/// came to and what each partner saw.
/// </summary>
public sealed class FaultInjectionRun(LocalPlatform platform, FaultInjectionOptions options, TextWriter progress)
{
    readonly ResilientSteps _steps = new(options.Patience);
    readonly List<string> _faults = [];

    public async Task<FaultInjectionFigures> RunAsync()
    {
        var broker = await platform.PartnerConnectionStringAsync(LocalPlatform.ObserverPartner);
        await using var partner = await PartnerFeed.StartAsync(broker, $"partner-{LocalPlatform.ObserverPartner}-case-events-{Guid.NewGuid():N}");
        await using var feed = await FeedObserver.StartAsync(platform);
        var clock = Stopwatch.StartNew();
        var retriesBefore = platform.RequestRetries;
        var cases = new List<PlannedCase>();
        try
        {
            for (var wave = 0; wave < options.Waves; wave++)
            {
                var size = options.Cases / options.Waves + (wave < options.Cases % options.Waves ? 1 : 0);
                var planned = Enumerable.Range(cases.Count, size)
                    .Select(i => new PlannedCase(new CaseJourney(platform), Refused: i % options.RefuseEvery == options.RefuseEvery - 1)).ToList();
                cases.AddRange(planned);
                await RunWaveAsync(wave, planned);
            }
            var verdict = await FaultInjectionVerdict.JudgeAsync(platform, partner, feed, cases, _steps);
            return verdict with { Seconds = clock.Elapsed.TotalSeconds, RestartsSurvived = _faults.Count, Faults = _faults, RequestsRetried = _steps.Retries + platform.RequestRetries - retriesBefore };
        }
        finally
        {
            foreach (var planned in cases) planned.Journey.Dispose();
        }
    }

    async Task RunWaveAsync(int wave, List<PlannedCase> cases)
    {
        var fault = ForWave(wave);
        Task injected = Task.CompletedTask;
        async Task PhaseAsync(string phase, IEnumerable<PlannedCase> selected, Func<PlannedCase, int, Task> step)
        {
            if (phase == fault.Phase) injected = InjectAsync(fault);
            var list = selected.ToList();
            await Parallel.ForEachAsync(Enumerable.Range(0, list.Count), new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency },
                async (i, _) => await step(list[i], i));
        }

        var passportExpiry = platform.Today.AddYears(9);
        var prefix = $"F{wave:D2}{Random.Shared.Next(100_000):D5}";
        await PhaseAsync(Phases.Registration, cases, (c, i) => Step(c, "", () => c.Journey.RegisterAsync($"{prefix}{i:D3}", passportExpiry)));
        await PhaseAsync(Phases.Documents, cases, (c, _) => Step(c, "", () => c.Journey.UploadDossierAsync()));
        await PhaseAsync(Phases.Submission, cases, async (c, _) =>
        {
            var signed = await c.Journey.SignedSubmissionAsync(passportExpiry); // signed once: a resend is the same submission
            await Step(c, "", () => c.Journey.SubmitSignedAsync(signed));
        });
        await PhaseAsync(Phases.Review, cases, async (c, i) =>
        {
            await Step(c, "DocumentsVerified", () => c.Journey.VerifyDocumentsAsync());
            await Step(c, "InterviewScheduled", () => c.Journey.ScheduleInterviewAsync($"fault-officer-{prefix}-{i}"));
        });
        var interviews = await Task.WhenAll(cases.Select(c => _steps.ReadAsync(async () => await c.Journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/applications/{c.Journey.CaseId}", user: await c.Journey.ApplicantAsync()))));
        var lastInterview = interviews.Max(a => a.GetProperty("interviewStartsAt").GetDateTimeOffset());
        platform.AdvanceClock(lastInterview - platform.Now + TimeSpan.FromMinutes(30));
        await PhaseAsync(Phases.Endorsement, cases, async (c, _) =>
        {
            await Step(c, "InterviewHeld", () => c.Journey.RecordInterviewPassedAsync());
            await Step(c, "EndorsementIssued", () => c.Journey.IssueEndorsementAsync());
        });
        await PhaseAsync(Phases.Filing, cases, (c, _) => Step(c, "RpApplicationFiled", () => c.Journey.FileRpApplicationAsync()));
        await PhaseAsync(Phases.Decision, cases, (c, _) => c.Refused
            ? Step(c, "RpApplicationRefused", () => c.Journey.RefuseApprovalAsync("false-documents"))
            : Step(c, "PreliminaryApprovalGranted", () => c.Journey.DecideApprovalAsync()));
        var arriving = cases.Where(c => !c.Refused).ToList();
        await PhaseAsync(Phases.Entry, arriving, (c, _) => Step(c, "EntryRecorded", () => c.Journey.EnterAsync()));
        await PhaseAsync(Phases.TenPrint, arriving, (c, _) => Step(c, "FingerprintsRegistered", () => c.Journey.RegisterFingerprintsAsync()));
        await PhaseAsync(Phases.MedicalAndHousing, arriving, async (c, i) =>
        {
            await Step(c, "MedicalExaminationRecorded", () => c.Journey.RecordMedicalExaminationAsync());
            await Step(c, "", () => c.Journey.RecordHousingContractAsync($"Astana, Fault Street {prefix}-{i}"));
        });
        await PhaseAsync(Phases.Completion, arriving, (c, _) => Step(c, "ArrivalCompleted", () => c.Journey.CompleteArrivalAsync()));
        await PhaseAsync(Phases.Permit, arriving, (c, _) => Step(c, "", () => c.Journey.IssuePermitAsync()));
        await injected;
        progress.WriteLine($"  wave {wave + 1}/{options.Waves}: {cases.Count} cases, {_faults[^1]}");
    }

    Task Step(PlannedCase planned, string landedEvent, Func<Task> step) => _steps.RunAsync(planned.Journey, landedEvent, step);

    async Task InjectAsync(Fault fault)
    {
        await Task.Delay(Random.Shared.Next(50, 250)); // while the phase's requests are in flight
        var down = Stopwatch.StartNew();
        string what;
        if (fault.Target != Broker)
        {
            var instance = await platform.KillAsync(fault.Target, ProcessOf(fault.Target));
            await platform.RestartAsync(instance);
            what = platform.Instances > 1 ? $"{fault.Target} ({instance}, one of {platform.Instances}) SIGKILLed" : $"{fault.Target} SIGKILLed";
        }
        else if (options.BrokerNodes > 1)
        {
            await platform.KillBrokerNodeAsync();
            what = $"broker node 1 of {options.BrokerNodes} SIGKILLed";
        }
        else
        {
            await platform.RestartBrokerAsync();
            what = "broker restarted";
        }
        _faults.Add($"{what} during '{fault.Phase}', back in {down.Elapsed.TotalSeconds:N1} s");
    }
}

/// <summary>A case of the run and how it should end: a permit, or the migration service's refusal.</summary>
public sealed record PlannedCase(CaseJourney Journey, bool Refused);
