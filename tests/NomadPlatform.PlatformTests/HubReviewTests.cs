using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.Pkcs;
using System.Text.Json;
using Google.Protobuf;
using Grpc.Net.Client;
using NomadPlatform.Applicants;
using NomadPlatform.Calendar;
using NomadPlatform.Contracts.Grpc.Identity.V1;

namespace NomadPlatform.PlatformTests;

[Collection(PlatformCollection.Name)]
public sealed class HubReviewTests(PlatformFixture platform)
{
    const string HubBin = "180540000012"; // the AppHost's default for Astana Hub

    [Fact]
    public async Task A_submission_opens_a_two_business_day_verification_deadline_that_the_endorsement_meets()
    {
        using var journey = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(4);
        await journey.RegisterAsync($"H{Guid.NewGuid():N}"[..9], expiry);
        await journey.SubmitAsync(expiry);

        var submitted = await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/applications/{journey.CaseId}", user: await journey.ApplicantAsync());
        var queue = await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, "/api/officers/queue?limit=500", user: await journey.OfficerAsync("hubintake", "DocumentReviewer"));
        await journey.EndorseAsync();
        var endorsed = await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/applications/{journey.CaseId}", user: await journey.ApplicantAsync());

        var next = submitted.GetProperty("nextDeadline");
        var expected = KazakhstanCalendar.Load().DeadlineAfter(submitted.GetProperty("submittedAt").GetDateTimeOffset(), 2);
        Assert.Equal("DocumentVerification", next.GetProperty("step").GetString());
        Assert.Equal(expected, next.GetProperty("dueAt").GetDateTimeOffset());
        var dueDates = queue.EnumerateArray().Select(i => i.GetProperty("dueAt").GetDateTimeOffset()).ToList();
        Assert.Equal(dueDates.Order(), dueDates);
        Assert.Contains(queue.EnumerateArray(), i => i.GetProperty("caseId").GetGuid() == journey.CaseId);
        Assert.Equal(JsonValueKind.Null, endorsed.GetProperty("nextDeadline").ValueKind);
    }

    [Fact]
    public async Task A_signed_submission_sent_again_answers_with_the_case_it_created_and_its_signature_fits_no_other_manifest()
    {
        using var journey = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(4);
        await journey.RegisterAsync($"S{Guid.NewGuid():N}"[..9], expiry);
        var signed = await journey.SignedSubmissionAsync(expiry);

        var first = await journey.SubmitSignedAsync(signed);
        using var again = await journey.SendRawAsync("hubintake", HttpMethod.Post, "/api/applications", signed, await journey.ApplicantAsync());
        var manifest = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.SerializeToElement(signed).GetProperty("manifest").GetBytesFromBase64())!;
        manifest["passportExpiresOn"] = JsonSerializer.SerializeToElement(expiry.AddDays(-1));
        using var otherManifest = await journey.SendRawAsync("hubintake", HttpMethod.Post, "/api/applications", new
        {
            manifest = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(manifest)),
            signature = JsonSerializer.SerializeToElement(signed).GetProperty("signature").GetString(),
        }, await journey.ApplicantAsync());

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first, again.StatusCode));
        Assert.Equal(journey.CaseId, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetGuid());
        Assert.Equal(HttpStatusCode.BadRequest, otherManifest.StatusCode);
        Assert.Contains("signature", await otherManifest.Content.ReadAsStringAsync());
        Assert.Equal(["ApplicationSubmitted"], await journey.TimelineAsync(1));
    }

    [Fact]
    public async Task Phase_one_runs_from_submission_through_a_returned_photo_to_the_endorsement()
    {
        using var journey = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(4);
        await journey.RegisterAsync($"R{Guid.NewGuid():N}"[..9], expiry);
        await journey.SubmitAsync(expiry);

        var returned = await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Post, $"/api/applications/{journey.CaseId}/document-verification",
            new { decision = "Return", returns = new[] { new { kind = "Photo", reason = "The photo is too dark; send a brighter colour one." } } },
            await journey.OfficerAsync("hubintake", "DocumentReviewer"));
        var corrected = new DossierFile("Photo", "photo-brighter.jpg", "image/jpeg", SyntheticFiles.Photo(seed: 41));
        await journey.ReplaceDocumentAsync(corrected);
        using var resubmission = await journey.ResubmitRawAsync(await journey.ManifestAsync(expiry));
        var resubmitted = await resubmission.Content.ReadFromJsonAsync<JsonElement>();
        await journey.EndorseAsync();
        var endorsed = await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/applications/{journey.CaseId}", user: await journey.ApplicantAsync());
        var number = endorsed.GetProperty("endorsementNumber").GetString()!;
        using var hub = platform.Client("hubintake");
        var signedEndorsement = await hub.GetByteArrayAsync($"/api/endorsements/{number}");
        using var channel = platform.Channel("identity");
        using var approvalSystem = await AgencySystem.EnrolAsync(platform, "approval");
        var verification = await new SignatureVerification.SignatureVerificationClient(channel).VerifyAsync(new VerifyRequest
        {
            Cms = ByteString.CopyFrom(signedEndorsement),
            Purpose = SignaturePurpose.Signing,
            ExpectedBin = HubBin,
        }, await approvalSystem.HeadersForAsync("identity"));
        var cms = new SignedCms();
        cms.Decode(signedEndorsement);
        var document = JsonDocument.Parse(cms.ContentInfo.Content).RootElement;

        Assert.Equal("DocumentsReturned", returned.GetProperty("status").GetString());
        var toCorrect = Assert.Single(returned.GetProperty("toCorrect").EnumerateArray());
        Assert.Equal("Photo", toCorrect.GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.OK, resubmission.StatusCode);
        Assert.Empty(resubmitted.GetProperty("toCorrect").EnumerateArray());
        Assert.Contains(resubmitted.GetProperty("documents").EnumerateArray(), d => d.GetProperty("sha256").GetString() == corrected.Sha256);
        Assert.Equal("Endorsed", endorsed.GetProperty("status").GetString());
        Assert.Matches(@"^AH-\d{4}-\d{6}$", number);
        Assert.True(verification.Valid, string.Join("; ", verification.Failures));
        Assert.Equal("Astana Hub International Technology Park", verification.SignerOrganisation);
        Assert.Equal((number, journey.CaseId, journey.Iin), (document.GetProperty("number").GetString(), document.GetProperty("caseId").GetGuid(), document.GetProperty("iin").GetString()));
        var timeline = await journey.TimelineAsync(7);
        Assert.Equal(["ApplicationSubmitted", "DocumentsReturned", "ApplicationResubmitted", "DocumentsVerified", "InterviewScheduled", "InterviewHeld", "EndorsementIssued"],
            timeline.Take(7));
    }

    [Fact]
    public async Task An_interviewer_is_never_booked_twice_nor_beyond_the_interview_deadline()
    {
        using var journey = new CaseJourney(platform);
        using var other = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(4);
        await journey.RegisterAsync($"D{Guid.NewGuid():N}"[..9], expiry);
        await journey.SubmitAsync(expiry);
        await other.RegisterAsync($"Q{Guid.NewGuid():N}"[..9], expiry);
        await other.SubmitAsync(expiry);

        var verified = await journey.VerifyDocumentsAsync();
        await other.VerifyDocumentsAsync();
        var slot = await journey.ScheduleInterviewAsync("officer-double");
        var interviewer = await other.OfficerAsync("hubintake", "Interviewer");
        var stillFree = await other.SendAsync<DateTimeOffset[]>("hubintake", HttpMethod.Get, $"/api/applications/{other.CaseId}/interview/slots?interviewer=officer-double", user: interviewer);
        using var doubleBooked = await other.SendRawAsync("hubintake", HttpMethod.Post, $"/api/applications/{other.CaseId}/interview", new { startsAt = slot, interviewer = "officer-double" }, interviewer);
        var dueAt = verified.GetProperty("nextDeadline").GetProperty("dueAt").GetDateTimeOffset();
        using var tooLate = await other.SendRawAsync("hubintake", HttpMethod.Post, $"/api/applications/{other.CaseId}/interview", new { startsAt = FirstSlotAfter(dueAt), interviewer = "officer-late" }, interviewer);
        using var atMidnight = await other.SendRawAsync("hubintake", HttpMethod.Post, $"/api/applications/{other.CaseId}/interview", new { startsAt = new DateTimeOffset(slot.Year, slot.Month, slot.Day, 23, 0, 0, TimeSpan.FromHours(5)), interviewer = "officer-night" }, interviewer);

        Assert.Equal("Interview", verified.GetProperty("nextDeadline").GetProperty("step").GetString());
        Assert.DoesNotContain(slot, stillFree);
        Assert.All(stillFree, free => Assert.True(free <= dueAt));
        Assert.Equal(HttpStatusCode.Conflict, atMidnight.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, doubleBooked.StatusCode);
        Assert.Contains("already has an interview", await doubleBooked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, tooLate.StatusCode);
        Assert.Contains("5 business days", await tooLate.Content.ReadAsStringAsync());
    }

    internal static DateTimeOffset FirstSlotAfter(DateTimeOffset instant)
    {
        var calendar = KazakhstanCalendar.Load();
        var day = DateOnly.FromDateTime(instant.ToOffset(calendar.TimeZoneOffset).DateTime).AddDays(1);
        while (!calendar.IsWorkingDay(day)) day = day.AddDays(1);
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), calendar.TimeZoneOffset);
    }

    [Fact]
    public async Task When_the_clock_passes_the_verification_deadline_a_breach_is_raised_and_the_case_flagged()
    {
        using var journey = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(4);
        await journey.RegisterAsync($"T{Guid.NewGuid():N}"[..9], expiry);
        await journey.SubmitAsync(expiry);
        var submitted = await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/applications/{journey.CaseId}", user: await journey.ApplicantAsync());
        var dueAt = submitted.GetProperty("nextDeadline").GetProperty("dueAt").GetDateTimeOffset();

        platform.AdvanceClock(dueAt - platform.Now + TimeSpan.FromMinutes(1));
        var timeline = await journey.TimelineAsync(2);
        var flagged = await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/applications/{journey.CaseId}", user: await journey.ApplicantAsync());
        var queue = await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, "/api/officers/queue?limit=500", user: await journey.OfficerAsync("hubintake", "DocumentReviewer"));

        Assert.Equal(["ApplicationSubmitted", "HubReviewDeadlineMissed"], timeline);
        Assert.True(flagged.GetProperty("nextDeadline").GetProperty("missed").GetBoolean());
        var item = Assert.Single(queue.EnumerateArray(), i => i.GetProperty("caseId").GetGuid() == journey.CaseId);
        Assert.True(item.GetProperty("breached").GetBoolean());
    }

    [Fact]
    public async Task A_set_that_misses_a_clearance_or_lists_a_file_never_uploaded_is_refused_with_every_reason()
    {
        using var journey = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(4);
        await journey.RegisterAsync($"F{Guid.NewGuid():N}"[..9], expiry, "DE", "FR");
        var germanOnly = ApplicantDossier.Create("Dana Nomad", ["DE"], platform.Today);
        foreach (var file in germanOnly.Files) await journey.UploadAsync(file);
        var manifest = germanOnly.Manifest(journey.Iin, expiry);
        ((List<Dictionary<string, object>>)manifest["documents"]).Add(new() { ["kind"] = "ItPortfolio", ["sha256"] = new string('0', 64) });

        var checklist = await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/applicants/{journey.Iin}/checklist", user: await journey.ApplicantAsync());
        using var refused = await journey.SubmitRawAsync(manifest, journey.SigningKey!);
        await journey.SubmitAsync(expiry); // the full dossier, a clearance from each country

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var failures = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("failures").EnumerateArray()
            .Select(f => f.GetProperty("code").GetString()!).Order().ToArray();
        Assert.Equal(["clearance-missing", "document-not-uploaded"], failures);
        var missing = checklist.EnumerateArray().Where(i => i.GetProperty("missing").ValueKind == JsonValueKind.String).Select(i => i.GetProperty("kind").GetString()!).ToArray();
        Assert.Equal(["PoliceClearance"], missing);
        Assert.NotEqual(Guid.Empty, journey.CaseId);
    }
}
