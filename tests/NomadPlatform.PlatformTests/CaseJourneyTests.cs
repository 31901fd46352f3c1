namespace NomadPlatform.PlatformTests;

[Collection(PlatformCollection.Name)]
public sealed class CaseJourneyTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_case_goes_from_identity_to_an_issued_permit_in_one_trace_across_all_five_services()
    {
        using var journey = new CaseJourney(platform);
        var passportExpiry = platform.Today.AddYears(7);

        await journey.RegisterAsync($"C{Guid.NewGuid():N}"[..9], passportExpiry);
        await journey.SubmitAsync(passportExpiry);
        await journey.EndorseAsync();
        await journey.ApproveAsync();
        await journey.ArriveAsync("Astana, Mangilik El 55, apt 12");
        var permit = await journey.IssuePermitAsync();

        Assert.Equal(passportExpiry.ToString("yyyy-MM-dd"), permit.GetProperty("validUntil").GetString());
        // Each event exactly once; events of one instant (approval + notification) have no fixed order.
        Assert.Equal(CaseJourney.FullTimeline.Order(), (await journey.TimelineAsync(CaseJourney.FullTimeline.Length)).Order());

        // Services export in batches: wait until every expected span has arrived, then judge.
        // Identity joins the case too once the case exists: Approval has it verify the Hub's seal on the endorsement.
        string[] caseServices = ["approval", "arrival", "hubintake", "identity", "pscissuance"];
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
    }
}
