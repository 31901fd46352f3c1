using System.Text.Json;
using Xunit.Abstractions;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// A case step by step, each step followed by a look at the acting agency's audit log as its auditor
/// sees it: the person who acted left exactly the entries the step should leave — each write with the
/// record kind and the fields it changed, each read of personal data — and nothing else.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AuditStepsTests(PlatformFixture platform, ITestOutputHelper output)
{
    sealed record Step(string Service, string Role, string Name, Func<Task> Act, string[] Expected);

    [Fact]
    public async Task Every_step_of_a_case_leaves_its_expected_entries_in_the_acting_agencys_log()
    {
        using var journey = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(6);
        await journey.RegisterAsync($"S{Guid.NewGuid():N}"[..9], expiry);
        var registration = await AuditorReadAsync(journey, "identity", $"/api/audit/persons/{journey.Iin}?reason=internal-audit");
        Assert.Equal(["ConsularOfficer write:added IssuedCertificate", "ConsularOfficer write:added Passport", "ConsularOfficer write:added Person"], Of(registration, (await journey.OfficerAsync("identity", "ConsularOfficer")).Iin));

        var interviewer = $"interviewer-{Guid.NewGuid():N}";
        Step[] steps =
        [
            new("hubintake", "Applicant", "submission", () => journey.SubmitAsync(expiry),
            [
                "Applicant write:added HubApplication", "Applicant write:added ManifestSignature", "Applicant write:added ReviewDeadline",
                .. Enumerable.Repeat("Applicant write:added SubmittedDocument", 7), // the seven documents of the dossier
            ]),
            new("hubintake", "DocumentReviewer", "documents verified", async () =>
            {
                await OfficerReadsAsync(journey, "hubintake", "DocumentReviewer", $"/api/applications/{journey.CaseId}", $"/api/applications/{journey.CaseId}/manifest",
                    $"/api/applicants/{journey.Iin}/documents?caseId={journey.CaseId}");
                await journey.VerifyDocumentsAsync();
            },
            [
                "DocumentReviewer read:application application", "DocumentReviewer read:signed-manifest signed-manifest", "DocumentReviewer read:documents documents",
                "DocumentReviewer write:changed HubApplication: Status", "DocumentReviewer write:changed ReviewDeadline: MetAt",
                "DocumentReviewer write:added ReviewDeadline", // the interview's
            ]),
            new("hubintake", "Interviewer", "interview booked", async () =>
            {
                var startsAt = await journey.ScheduleInterviewAsync(interviewer);
                platform.AdvanceClock(startsAt - platform.Now + TimeSpan.FromMinutes(30));
            }, ["Interviewer write:changed HubApplication: InterviewStartsAt, Interviewer, Status"]),
            new("hubintake", "Interviewer", "interview passed", async () => await journey.RecordInterviewPassedAsync(),
            [
                "Interviewer write:changed HubApplication: InterviewNotes, InterviewedAt, Status", "Interviewer write:changed ReviewDeadline: MetAt",
                "Interviewer write:added ReviewDeadline", // the endorsement's
            ]),
            new("hubintake", "EndorsementSigner", "endorsement", async () => await journey.IssueEndorsementAsync(),
            [
                "EndorsementSigner write:changed HubApplication: EndorsedAt, EndorsementNumber, SignedEndorsement, Status",
                "EndorsementSigner write:changed ReviewDeadline: MetAt",
            ]),
            new("approval", "Applicant", "RP application filed", async () => await journey.FileRpApplicationAsync(),
            [
                "Applicant write:added DutyPayment", "Applicant write:added FilingSignature", "Applicant write:added RpApplicationForm",
                "Applicant write:changed RpApplication: DutyPaymentReference, FiledAt, ReviewDueAt, Status",
            ]),
            new("approval", "MigrationOfficer", "approval", async () =>
            {
                await OfficerReadsAsync(journey, "approval", "MigrationOfficer", $"/api/rp-applications/{journey.CaseId}");
                await journey.DecideApprovalAsync();
            },
            [
                "MigrationOfficer read:rp-application rp-application",
                "MigrationOfficer write:changed RpApplication: DecidedAt, NotificationNumber, NotificationValidUntil, Status",
            ]),
            new("arrival", "BorderOfficer", "entry", async () =>
            {
                await journey.WaitForAsync("arrival", $"/api/arrivals/{journey.CaseId}");
                await OfficerReadsAsync(journey, "arrival", "BorderOfficer", $"/api/arrivals/{journey.CaseId}");
                await journey.EnterAsync();
            }, ["BorderOfficer read:arrival arrival", "BorderOfficer write:changed ArrivalRecord: EnteredOn, StepsDueAt"]),
            new("arrival", "BiometricsOfficer", "ten-prints", async () => await journey.RegisterFingerprintsAsync(),
                // The gallery's row of index keys is biometric data derived from the templates: its write is logged too.
                ["BiometricsOfficer write:added FingerprintRegistration", .. Enumerable.Repeat("BiometricsOfficer write:added FingerprintTemplate", 10),
                    "BiometricsOfficer write:changed ArrivalRecord: FingerprintsRegisteredAt"]),
            new("arrival", "MigrationPoliceOfficer", "medical examination", async () => await journey.RecordMedicalExaminationAsync(),
                ["MigrationPoliceOfficer write:added MedicalExamination"]),
            new("arrival", "MigrationPoliceOfficer", "housing contract", async () => await journey.RecordHousingContractAsync("Astana, Ledger Street 2"),
                ["MigrationPoliceOfficer write:added HousingContract"]),
            new("arrival", "MigrationPoliceOfficer", "arrival completed", async () => await journey.CompleteArrivalAsync(),
                ["MigrationPoliceOfficer write:changed ArrivalRecord: CompletedAt, HousingAddress, Status"]),
            new("pscissuance", "PscOperator", "documents at the PSC", async () => await journey.SendAsync<JsonElement>("pscissuance", HttpMethod.Post, "/api/submissions",
                new { caseId = journey.CaseId, office = "PSC-AST-01", documents = CaseJourney.PscDocuments }, await journey.OfficerAsync("pscissuance", "PscOperator")),
                ["PscOperator write:added DocumentSubmission"]),
            new("pscissuance", "PscOperator", "permit", async () =>
            {
                await OfficerReadsAsync(journey, "pscissuance", "PscOperator", $"/api/submissions/{journey.CaseId}");
                await journey.SendAsync<JsonElement>("pscissuance", HttpMethod.Post, "/api/permits", new { caseId = journey.CaseId }, await journey.OfficerAsync("pscissuance", "PscOperator"));
            }, ["PscOperator read:psc-submission psc-submission", "PscOperator write:added ResidencePermit", "PscOperator write:changed DocumentSubmission: PermitIssuedAt"]),
        ];

        var seen = new Dictionary<string, long>();
        var failures = new List<string>();
        foreach (var step in steps)
        {
            if (journey.CaseId != Guid.Empty) await NewEntriesAsync(journey, step.Service, seen); // what came before the step
            await step.Act();
            var actor = step.Role == "Applicant" ? journey.Iin : (await journey.OfficerAsync(step.Service, step.Role)).Iin;
            var entries = Of(await NewEntriesAsync(journey, step.Service, seen), actor);
            output.WriteLine($"{step.Service} / {step.Name}: {string.Join(" | ", entries)}");
            if (!entries.SequenceEqual(step.Expected.Order(StringComparer.Ordinal)))
                failures.Add($"{step.Name} at {step.Service}: expected [{string.Join(" | ", step.Expected.Order(StringComparer.Ordinal))}], found [{string.Join(" | ", entries)}]");
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>What an officer opens before acting, as the console does.</summary>
    static async Task OfficerReadsAsync(CaseJourney journey, string service, string role, params string[] paths)
    {
        foreach (var path in paths) await journey.SendAsync<JsonElement>(service, HttpMethod.Get, path, user: await journey.OfficerAsync(service, role));
    }

    /// <summary>The acting person's entries, as "Role action What", in a fixed order.</summary>
    static List<string> Of(IEnumerable<JsonElement> entries, string actor) => entries
        .Where(e => e.GetProperty("actor").GetString() == actor)
        .Select(e => $"{e.GetProperty("role").GetString()} {e.GetProperty("action").GetString()} {e.GetProperty("what").GetString()}")
        .Order(StringComparer.Ordinal).ToList();

    /// <summary>The case's entries in <paramref name="service"/>'s log since the last look (the auditor's own reads left out).</summary>
    static async Task<List<JsonElement>> NewEntriesAsync(CaseJourney journey, string service, Dictionary<string, long> seen)
    {
        var entries = await AuditorReadAsync(journey, service, $"/api/audit/cases/{journey.CaseId}?after={seen.GetValueOrDefault(service)}");
        if (entries.Count > 0) seen[service] = entries.Max(e => e.GetProperty("id").GetInt64());
        return entries.Where(e => e.GetProperty("role").GetString() != "Auditor").ToList();
    }

    static async Task<List<JsonElement>> AuditorReadAsync(CaseJourney journey, string service, string path) =>
        (await journey.SendAsync<JsonElement>(service, HttpMethod.Get, path, user: await journey.OfficerAsync(service, "Auditor"))).EnumerateArray().ToList();
}
