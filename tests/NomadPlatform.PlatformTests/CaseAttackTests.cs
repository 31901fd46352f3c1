using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// The attacks on the case agencies found when nothing was locked (officers' steps taken by anyone,
/// bans on any IIN, applications in another's name, everyone's case readable), each now refused, while
/// the legitimate applicant and officers carry the same case on in the same test.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseAttackTests(PlatformFixture platform)
{
    [Fact]
    public async Task No_officer_step_is_taken_without_a_token_by_the_applicant_or_by_the_wrong_officer_and_the_right_officers_carry_the_case_to_the_permit()
    {
        using var journey = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(7);
        await journey.RegisterAsync($"W{Guid.NewGuid():N}"[..9], expiry);
        await journey.SubmitAsync(expiry);
        var applicant = await journey.ApplicantAsync();
        var otherAgency = await platform.Staff.AdministratorAsync("approval");
        var interviewer = await journey.OfficerAsync("hubintake", "Interviewer");
        var accept = new { decision = "Accept" };
        var verification = $"/api/applications/{journey.CaseId}/document-verification";

        await AssertRefusedAsync(journey, "hubintake", verification, accept, applicant, otherAgency, interviewer);
        await journey.EndorseAsync();
        await AssertRefusedAsync(journey, "hubintake", $"/api/applications/{journey.CaseId}/endorsement", null, applicant, interviewer);

        await journey.FileRpApplicationAsync();
        var decision = $"/api/rp-applications/{journey.CaseId}/approval";
        await AssertRefusedAsync(journey, "approval", decision, null, applicant, await journey.OfficerAsync("approval", "BanRegistrar"), interviewer);
        await journey.DecideApprovalAsync();

        await journey.WaitUntilAsync("arrival", $"/api/arrivals/{journey.CaseId}", _ => true);
        var entry = new { enteredOn = platform.Today };
        await AssertRefusedAsync(journey, "arrival", $"/api/arrivals/{journey.CaseId}/entry", entry, applicant, await journey.OfficerAsync("arrival", "BiometricsOfficer"));
        await journey.EnterAsync();
        await AssertRefusedAsync(journey, "arrival", $"/api/arrivals/{journey.CaseId}/fingerprints", new { fingers = Applicants.SyntheticFingerprints.TenPrint(journey.FingerprintPerson, capture: 1) },
            applicant, await journey.OfficerAsync("arrival", "BorderOfficer"));
        await journey.RegisterFingerprintsAsync();
        await journey.RecordMedicalAndHousingAsync("Astana, Sarayshyk 5, apt 7");
        await AssertRefusedAsync(journey, "arrival", $"/api/arrivals/{journey.CaseId}/completion", null, applicant, await journey.OfficerAsync("arrival", "BiometricsOfficer"));
        await journey.CompleteArrivalAsync();

        var handIn = new { caseId = journey.CaseId, office = "PSC-AST-01", documents = CaseJourney.PscDocuments };
        await AssertRefusedAsync(journey, "pscissuance", "/api/submissions", handIn, applicant, await platform.Staff.AdministratorAsync("pscissuance"), otherAgency);
        var permit = await journey.IssuePermitAsync();

        Assert.Equal(journey.Iin, permit.GetProperty("iin").GetString());
    }

    /// <summary>Without a token: 401. Signed in, but not an officer of that agency holding the step's role: 403, and nothing changes.</summary>
    static async Task AssertRefusedAsync(CaseJourney journey, string service, string path, object? body, params SignedInUser[] notEntitled)
    {
        using var anonymous = await journey.SendRawAsync(service, HttpMethod.Post, path, body);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        foreach (var caller in notEntitled)
        {
            using var refused = await journey.SendRawAsync(service, HttpMethod.Post, path, body, caller);
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{service} POST {path} as {caller.Iin}: {(int)refused.StatusCode} {await refused.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task Another_persons_case_documents_and_checklist_answer_404_and_the_officers_queue_is_closed_to_applicants()
    {
        using var owner = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(7);
        await owner.RegisterAsync($"Y{Guid.NewGuid():N}"[..9], expiry);
        await owner.SubmitAsync(expiry);
        using var nosy = new CaseJourney(platform);
        await nosy.RegisterPersonAsync($"Z{Guid.NewGuid():N}"[..9], expiry);
        var stranger = await nosy.ApplicantAsync();
        string[] ownerData =
        [
            $"/api/applications/{owner.CaseId}", $"/api/cases/{owner.CaseId}/timeline",
            $"/api/applicants/{owner.Iin}/documents", $"/api/applicants/{owner.Iin}/checklist",
        ];

        foreach (var path in ownerData)
        {
            using var asStranger = await nosy.SendRawAsync("hubintake", HttpMethod.Get, path, user: stranger);
            using var asOwner = await owner.SendRawAsync("hubintake", HttpMethod.Get, path, user: await owner.ApplicantAsync());
            Assert.True(asStranger.StatusCode == HttpStatusCode.NotFound, $"{path} as another applicant: {(int)asStranger.StatusCode}");
            Assert.DoesNotContain(owner.Iin, await asStranger.Content.ReadAsStringAsync());
            Assert.True(asOwner.StatusCode == HttpStatusCode.OK, $"{path} as its owner: {(int)asOwner.StatusCode}");
        }
        using var queueAnonymous = await nosy.SendRawAsync("hubintake", HttpMethod.Get, "/api/officers/queue");
        using var queueByApplicant = await nosy.SendRawAsync("hubintake", HttpMethod.Get, "/api/officers/queue", user: stranger);
        var queue = await nosy.SendAsync<JsonElement>("hubintake", HttpMethod.Get, "/api/officers/queue?limit=500", user: await nosy.OfficerAsync("hubintake", "DocumentReviewer"));

        Assert.Equal(HttpStatusCode.Unauthorized, queueAnonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, queueByApplicant.StatusCode);
        Assert.Contains(queue.EnumerateArray(), item => item.GetProperty("caseId").GetGuid() == owner.CaseId);
    }

    [Fact]
    public async Task Only_a_ban_registrar_records_a_ban()
    {
        using var journey = new CaseJourney(platform);
        await journey.RegisterPersonAsync($"J{Guid.NewGuid():N}"[..9], platform.Today.AddYears(5));
        var ban = new { iin = journey.Iin, reason = "Deportation", startsOn = platform.Today };

        using var anonymous = await journey.SendRawAsync("approval", HttpMethod.Post, "/api/bans", ban);
        using var byApplicant = await journey.SendRawAsync("approval", HttpMethod.Post, "/api/bans", ban, await journey.ApplicantAsync());
        using var byMigrationOfficer = await journey.SendRawAsync("approval", HttpMethod.Post, "/api/bans", ban, await journey.OfficerAsync("approval", "MigrationOfficer"));
        using var byAdministrator = await journey.SendRawAsync("approval", HttpMethod.Post, "/api/bans", ban, await platform.Staff.AdministratorAsync("approval"));
        using var byOtherAgency = await journey.SendRawAsync("approval", HttpMethod.Post, "/api/bans", ban, await journey.OfficerAsync("arrival", "BorderOfficer"));
        using var byRegistrar = await journey.SendRawAsync("approval", HttpMethod.Post, "/api/bans", ban, await journey.OfficerAsync("approval", "BanRegistrar"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Created],
            new[] { byApplicant, byMigrationOfficer, byAdministrator, byOtherAgency, byRegistrar }.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Nobody_uploads_into_or_submits_or_corrects_an_application_in_another_persons_name()
    {
        using var victim = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(7);
        await victim.RegisterAsync($"V{Guid.NewGuid():N}"[..9], expiry);
        await victim.SubmitAsync(expiry);
        using var attacker = new CaseJourney(platform);
        await attacker.RegisterAsync($"X{Guid.NewGuid():N}"[..9], expiry);
        var signedIn = await attacker.ApplicantAsync();

        using var photo = new ByteArrayContent(Applicants.SyntheticFiles.Photo(seed: 7));
        photo.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        using var upload = new HttpRequestMessage(HttpMethod.Post, $"/api/applicants/{victim.Iin}/documents/Photo")
        {
            Content = new MultipartFormDataContent { { photo, "file", "photo.jpg" } },
        };
        using var intoVictimsFolder = await attacker.SendRawAsync("hubintake", upload, signedIn);
        using var inVictimsName = await attacker.SubmitRawAsync(await victim.ManifestAsync(expiry), attacker.SigningKey!);
        using var correctingVictimsCase = await attacker.SendRawAsync("hubintake", HttpMethod.Post, $"/api/applications/{victim.CaseId}/resubmission",
            new { manifest = "e30=", signature = "AAAA" }, signedIn);
        await attacker.SubmitAsync(expiry); // the attacker's own application goes in

        Assert.Equal(HttpStatusCode.NotFound, intoVictimsFolder.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, inVictimsName.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, correctingVictimsCase.StatusCode);
        Assert.NotEqual(victim.CaseId, attacker.CaseId);
        Assert.Equal(["ApplicationSubmitted"], await victim.TimelineAsync(1));
    }

    [Fact]
    public async Task The_phase_two_filing_is_the_applicants_own_signed_act_and_a_resend_files_once()
    {
        using var owner = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(7);
        await owner.RegisterAsync($"P{Guid.NewGuid():N}"[..9], expiry);
        await owner.SubmitAsync(expiry);
        await owner.EndorseAsync();
        using var stranger = new CaseJourney(platform);
        await stranger.RegisterAsync($"Q{Guid.NewGuid():N}"[..9], expiry);
        var applicant = await owner.ApplicantAsync();
        await owner.WaitUntilAsync("approval", $"/api/rp-applications/{owner.CaseId}", _ => true); // opened by the endorsement's event
        var endorsement = await owner.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/applications/{owner.CaseId}", user: applicant);
        var duty = await owner.SendAsync<JsonElement>("approval", HttpMethod.Get, $"/api/state-duty/{platform.Today.Year}", user: applicant);
        var document = new
        {
            caseId = owner.CaseId,
            iin = owner.Iin,
            endorsementNumber = endorsement.GetProperty("endorsementNumber").GetString(),
            email = "dana.nomad@example.org",
            phone = "+491701234567",
            intendedAddress = "Astana, Dostyk 5",
            payment = new { reference = $"KZPAY-{Guid.NewGuid():N}", amountKzt = duty.GetProperty("totalKzt").GetDecimal(), paidOn = platform.Today },
        };
        var path = $"/api/rp-applications/{owner.CaseId}/filing";
        var signed = owner.SignedFiling(document);

        using var anonymous = await owner.SendRawAsync("approval", HttpMethod.Post, path, signed);
        using var byStranger = await stranger.SendRawAsync("approval", HttpMethod.Post, path, signed, await stranger.ApplicantAsync());
        using var byOfficer = await owner.SendRawAsync("approval", HttpMethod.Post, path, signed, await owner.OfficerAsync("approval", "MigrationOfficer"));
        using var signedByStranger = await owner.SendRawAsync("approval", HttpMethod.Post, path, owner.SignedFiling(document, stranger.SigningKey), applicant);
        using var unsigned = await owner.SendRawAsync("approval", HttpMethod.Post, path,
            new { application = JsonSerializer.SerializeToElement(signed).GetProperty("application").GetString(), signature = "AAAA" }, applicant);
        var filed = await owner.SendAsync<JsonElement>("approval", HttpMethod.Post, path, signed, applicant);
        var resent = await owner.SendAsync<JsonElement>("approval", HttpMethod.Post, path, signed, applicant);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signedByStranger.StatusCode);
        Assert.Contains("[Holder]", await signedByStranger.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, unsigned.StatusCode);
        Assert.Equal("UnderReview", filed.GetProperty("status").GetString());
        // The first answer shows the clock's full precision, the resend the stored value (milliseconds).
        Assert.Equal(filed.GetProperty("filedAt").GetDateTimeOffset().ToUnixTimeMilliseconds(), resent.GetProperty("filedAt").GetDateTimeOffset().ToUnixTimeMilliseconds());
    }
}
