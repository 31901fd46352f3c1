using System.Net.Http.Json;
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
    public async Task An_officers_read_by_iin_names_its_case_or_a_reason_and_the_person_sees_why()
    {
        using var journey = new CaseJourney(platform);
        await journey.RegisterAsync($"R{Guid.NewGuid():N}"[..9], platform.Today.AddYears(6));
        await journey.SubmitAsync(platform.Today.AddYears(6));
        using var other = new CaseJourney(platform);
        await other.RegisterAsync($"Q{Guid.NewGuid():N}"[..9], platform.Today.AddYears(6));
        await other.SubmitAsync(platform.Today.AddYears(6));
        var consul = await journey.ConsularOfficerAsync();
        var reviewer = await journey.OfficerAsync("hubintake", "DocumentReviewer");
        var person = $"/api/persons/{journey.Iin}";
        var documents = $"/api/applicants/{journey.Iin}/documents";

        // No case and no reason, a reason not on the list, a case not this person's: refused before anything is shown.
        await AssertRefusedAsync(journey, "identity", person, consul, "audit.reason-required");
        await AssertRefusedAsync(journey, "identity", $"{person}?reason=curiosity", consul, "audit.reason-unknown");
        await AssertRefusedAsync(journey, "identity", $"{person}?caseId={journey.CaseId}", consul, "audit.case-not-of-person"); // Identity holds no cases
        await AssertRefusedAsync(journey, "hubintake", documents, reviewer, "audit.reason-required");
        await AssertRefusedAsync(journey, "hubintake", $"{documents}?caseId={other.CaseId}", reviewer, "audit.case-not-of-person");

        await journey.SendAsync<JsonElement>("identity", HttpMethod.Get, $"{person}?reason=applicant-request", user: consul);
        await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"{documents}?caseId={journey.CaseId}", user: reviewer);
        // The person reads their own without either.
        await journey.SendAsync<JsonElement>("identity", HttpMethod.Get, person, user: await journey.ApplicantAsync());

        var applicant = await journey.ApplicantAsync();
        var atIdentity = (await journey.SendAsync<JsonElement>("identity", HttpMethod.Get, $"/api/persons/{journey.Iin}/accesses", user: applicant)).EnumerateArray();
        Assert.Single(atIdentity, a => a.GetProperty("action").GetString() == "read:person" && a.GetProperty("reason").GetString() == "applicant-request");
        var atHub = (await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/persons/{journey.Iin}/accesses", user: applicant)).EnumerateArray();
        Assert.Single(atHub, a => a.GetProperty("action").GetString() == "read:documents" && a.GetProperty("caseId").GetGuid() == journey.CaseId);
    }

    static async Task AssertRefusedAsync(CaseJourney journey, string service, string path, SignedInUser officer, string code)
    {
        using var response = await journey.SendRawAsync(service, HttpMethod.Get, path, user: officer);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
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
