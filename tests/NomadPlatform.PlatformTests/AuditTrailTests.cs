using System.Text.Json;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// Every officer's act on a case, and every officer's read of it, lands in the audit log of the agency
/// where it happened, and the applicant sees it in that agency's access list for their IIN: the role, the
/// action, the case, never the officer's IIN. The applicant's own reads and the services' own work on
/// events are not "someone looked".
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AuditTrailTests(PlatformFixture platform)
{
    [Fact]
    public async Task Each_officers_act_and_read_shows_in_the_applicants_access_list_of_that_agency()
    {
        using var journey = new CaseJourney(platform);
        await journey.RunToPermitAsync($"A{Guid.NewGuid():N}"[..9], platform.Today.AddYears(6), "Astana, Audit Street 7");
        var applicant = await journey.ApplicantAsync();
        await journey.SendAsync<JsonElement>("approval", HttpMethod.Get, $"/api/rp-applications/{journey.CaseId}", user: await journey.OfficerAsync("approval", "MigrationOfficer"));
        await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/applications/{journey.CaseId}", user: applicant);

        // Officers' acts and reads, and other agencies' systems asking over gRPC on the way.
        var expected = new Dictionary<string, string[]>
        {
            ["identity"] = ["ConsularOfficer write:added Person", "System of hubintake read:person person"],
            ["hubintake"] = ["DocumentReviewer write:changed HubApplication", "Interviewer write:changed HubApplication",
                "EndorsementSigner write:changed HubApplication", "System of approval read:endorsement endorsement"],
            ["approval"] = ["MigrationOfficer write:changed RpApplication", "MigrationOfficer read:rp-application rp-application",
                "System of hubintake read:bans bans", "System of arrival read:rp-decision rp-decision"],
            ["arrival"] = ["BorderOfficer write:changed ArrivalRecord", "MigrationPoliceOfficer write:changed ArrivalRecord",
                "System of pscissuance read:arrival-record arrival-record"],
            ["pscissuance"] = ["PscOperator write:added DocumentSubmission", "PscOperator write:added ResidencePermit"],
        };
        foreach (var (service, entries) in expected)
        {
            var accesses = (await journey.SendAsync<JsonElement>(service, HttpMethod.Get, $"/api/persons/{journey.Iin}/accesses", user: applicant)).EnumerateArray().ToList();
            var seen = accesses.Select(a => $"{a.GetProperty("role").GetString()} {a.GetProperty("action").GetString()} {a.GetProperty("what").GetString()!.Split(':')[0]}").ToHashSet();
            foreach (var entry in entries) Assert.True(seen.Contains(entry), $"{service}: no '{entry}' among {string.Join(" | ", seen)}");
            Assert.DoesNotContain(accesses, a => a.GetProperty("role").GetString() is "Applicant" or "System");
                Assert.All(accesses, a => Assert.True(a.GetProperty("caseId").ValueKind == JsonValueKind.Null || a.GetProperty("caseId").GetGuid() == journey.CaseId));
        }
    }

    [Fact]
    public async Task Another_applicant_cannot_read_whose_data_was_seen()
    {
        using var owner = new CaseJourney(platform);
        using var other = new CaseJourney(platform);
        await owner.RegisterPersonAsync($"W{Guid.NewGuid():N}"[..9], platform.Today.AddYears(6));
        await other.RegisterPersonAsync($"X{Guid.NewGuid():N}"[..9], platform.Today.AddYears(6));

        using var response = await other.SendRawAsync("identity", HttpMethod.Get, $"/api/persons/{owner.Iin}/accesses", user: await other.ApplicantAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode); // as for anything not theirs
    }
}
