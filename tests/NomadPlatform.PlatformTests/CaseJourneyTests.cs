using System.Text.Json;

namespace NomadPlatform.PlatformTests;

[Collection(PlatformCollection.Name)]
public sealed class CaseJourneyTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_case_goes_from_identity_to_an_issued_permit_in_one_trace_across_every_service()
    {
        using var journey = new CaseJourney(platform);
        var passportExpiry = platform.Today.AddYears(7);

        var permit = await journey.RunToPermitAsync($"C{Guid.NewGuid():N}"[..9], passportExpiry, "Astana, Mangilik El 55, apt 12");

        Assert.Equal(passportExpiry.ToString("yyyy-MM-dd"), permit.GetProperty("validUntil").GetString());
        // Each event exactly once; events of one instant (approval + notification) have no fixed order.
        Assert.Equal(CaseJourney.FullTimeline.Order(), (await journey.TimelineAsync(CaseJourney.FullTimeline.Length)).Order());

        // Services export in batches: wait until every expected span has arrived, then judge.
        // Identity joins the case too once the case exists: Approval has it verify the Hub's seal on the endorsement;
        // the feed records each of its events for partners; notifications writes the applicant's notices from them.
        string[] caseServices = ["approval", "arrival", "feed", "hubintake", "identity", "notifications", "pscissuance"];
        var telemetry = new DashboardTelemetry(platform);
        IReadOnlyList<DashboardTelemetry.Span> trace = [];
        IEnumerable<string> TaggedServices() => trace.Where(s => s.CaseId == journey.CaseId.ToString()).Select(s => s.Service).Distinct().Order();
        for (var attempt = 0; attempt < 60; attempt++)
        {
            trace = (await telemetry.SpansAsync(journey.TraceId)).Where(s => s.TraceId == journey.TraceId).ToList();
            if (PlatformFixture.Services.All(service => trace.Any(s => s.Service == service)) && TaggedServices().SequenceEqual(caseServices)) break;
            await Task.Delay(500);
        }
        Assert.Equal(PlatformFixture.Services.Order(), trace.Select(s => s.Service).Distinct().Order());
        Assert.Equal(caseServices, TaggedServices());
        // The submission's own checks carry the case too: the Hub chooses its id before asking Identity and
        // Approval (the uploads' IIN lookups before it belong to no case yet).
        foreach (var check in new[] { "IinRegistry/LookupIin", "SignatureVerification/Verify", "ApplicantEligibility/CheckEligibility" })
            Assert.Contains(trace, s => s.Service is "identity" or "approval" && s.Name.Contains(check) && s.CaseId == journey.CaseId.ToString());
        // No call leaves the platform: every peer a span names is this machine or an agency by its
        // service-discovery name (resolved to this machine's endpoints by the AppHost).
        var agencies = PlatformFixture.Services.SelectMany(s => new[] { s, $"_grpc.{s}", $"_http.{s}" }).ToHashSet();
        var peers = trace.Where(s => s.Peer is not null).Select(s => s.Peer!).Distinct().ToList();
        Assert.NotEmpty(peers);
        Assert.All(peers, peer => Assert.True(
            peer is "localhost" || agencies.Contains(peer) || System.Net.IPAddress.TryParse(peer, out var address) && System.Net.IPAddress.IsLoopback(address),
            $"a span of the case calls {peer}"));
    }

    [Fact]
    public async Task Every_step_is_done_by_the_right_signed_in_person_or_officer_and_the_timeline_names_the_officers()
    {
        using var journey = new CaseJourney(platform);
        var passportExpiry = platform.Today.AddYears(7);
        await journey.RunToPermitAsync($"O{Guid.NewGuid():N}"[..9], passportExpiry, "Astana, Kunayev 12, apt 4");
        await journey.TimelineAsync(CaseJourney.FullTimeline.Length);

        async Task<string> Officer(string service, string role) => (await journey.OfficerAsync(service, role)).Iin;
        var expected = new Dictionary<string, string?>
        {
            ["ApplicationSubmitted"] = null, // the applicant's own signed act
            ["DocumentsVerified"] = await Officer("hubintake", "DocumentReviewer"),
            ["InterviewScheduled"] = await Officer("hubintake", "Interviewer"),
            ["InterviewHeld"] = await Officer("hubintake", "Interviewer"),
            ["EndorsementIssued"] = await Officer("hubintake", "EndorsementSigner"),
            ["RpApplicationFiled"] = null,
            ["PreliminaryApprovalGranted"] = await Officer("approval", "MigrationOfficer"),
            ["NotificationIssued"] = await Officer("approval", "MigrationOfficer"),
            ["EntryRecorded"] = await Officer("arrival", "BorderOfficer"),
            ["FingerprintsRegistered"] = await Officer("arrival", "BiometricsOfficer"),
            ["MedicalExaminationRecorded"] = await Officer("arrival", "MigrationPoliceOfficer"),
            ["HousingContractRecorded"] = await Officer("arrival", "MigrationPoliceOfficer"),
            ["ArrivalCompleted"] = await Officer("arrival", "MigrationPoliceOfficer"),
            ["DocumentsSubmittedToPsc"] = await Officer("pscissuance", "PscOperator"),
            ["ResidencePermitIssued"] = await Officer("pscissuance", "PscOperator"),
            ["PermanentResidenceRegistered"] = await Officer("pscissuance", "PscOperator"),
        };
        var timeline = await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/cases/{journey.CaseId}/timeline", user: await journey.ApplicantAsync());
        var actedBy = timeline.GetProperty("events").EnumerateArray().ToDictionary(
            e => e.GetProperty("eventType").GetString()!,
            e => e.GetProperty("officerIin").ValueKind == JsonValueKind.String ? e.GetProperty("officerIin").GetString() : null);

        Assert.Equal(expected.OrderBy(e => e.Key), actedBy.OrderBy(e => e.Key));
        Assert.Equal("PermitIssued", timeline.GetProperty("status").GetString());
    }
}
