using NomadPlatform.Applicants;

namespace NomadPlatform.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class ArrivalAndPscConsoleTests(PortalPlatform platform)
{
    [Fact]
    public async Task A_biometrics_officer_finds_a_fingerprint_match_on_the_worklist_and_clears_it_with_a_reason()
    {
        using var first = await ApprovedApplicantAsync();
        await first.EnterAsync();
        await first.RegisterFingerprintsAsync();
        using var second = await ApprovedApplicantAsync();
        second.FingerprintPerson = first.FingerprintPerson;
        await second.EnterAsync();
        await second.RegisterFingerprintsAsync();

        var biometrics = await platform.OfficerPageAsync("arrival", "BiometricsOfficer");
        await biometrics.GotoAsync("/arrival?status=AwaitingArrival&stage=flagged");
        await biometrics.ClickAsync($"a[href='/arrival/cases/{second.CaseId}']");
        Assert.Contains(first.Iin, await biometrics.InnerTextAsync("table"));
        await PageChecks.AssertFitAsync(biometrics);
        await biometrics.FillAsync("#clearance-reason", "Identical twins: birth certificates checked at the counter.");
        await PageChecks.ActAsync(biometrics, "Clear", "Cleared");
        Assert.Contains("Identical twins", await biometrics.InnerTextAsync("main"));
        await biometrics.GotoAsync("/arrival?status=AwaitingArrival&stage=flagged");
        Assert.Equal(0, await biometrics.Locator($"a[href='/arrival/cases/{second.CaseId}']").CountAsync());
        await biometrics.Context.CloseAsync();
    }

    [Fact]
    public async Task Arrival_and_PSC_officers_cannot_open_each_others_console()
    {
        var border = await platform.OfficerPageAsync("arrival", "BorderOfficer");
        Assert.Equal(403, (await border.GotoAsync("/psc"))!.Status);
        Assert.Equal(403, (await border.GotoAsync("/approval"))!.Status);
        await border.Context.CloseAsync();
        var counter = await platform.OfficerPageAsync("pscissuance", "PscOperator");
        Assert.Equal(403, (await counter.GotoAsync("/arrival"))!.Status);
        Assert.Equal(403, (await counter.GotoAsync($"/arrival/cases/{Guid.NewGuid()}"))!.Status);
        await counter.Context.CloseAsync();
    }

    async Task<CaseJourney> ApprovedApplicantAsync()
    {
        var applicant = await platform.RegisteredApplicantAsync();
        await applicant.SubmitAsync(platform.Today.AddYears(5));
        await applicant.EndorseAsync();
        await applicant.ApproveAsync();
        return applicant;
    }
}
