using System.Net;
using System.Text.Json;

namespace NomadPlatform.PlatformTests;

[Collection(PlatformCollection.Name)]
public sealed class ApprovalTests(PlatformFixture platform)
{
    async Task<CaseJourney> EndorsedAsync(string prefix)
    {
        var journey = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(6);
        await journey.RegisterAsync($"{prefix}{Guid.NewGuid():N}"[..9], expiry);
        await journey.SubmitAsync(expiry);
        await journey.EndorseAsync();
        return journey;
    }

    /// <summary>A filing of <paramref name="journey"/>'s case, signed by its applicant.</summary>
    static async Task<object> FilingAsync(CaseJourney journey, string reference, decimal amount, CaseJourney? endorsementOf = null) => journey.SignedFiling(new
    {
        caseId = journey.CaseId,
        iin = journey.Iin,
        endorsementNumber = (await (endorsementOf ?? journey).SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/applications/{(endorsementOf ?? journey).CaseId}",
            user: await (endorsementOf ?? journey).ApplicantAsync())).GetProperty("endorsementNumber").GetString(),
        email = "dana.nomad@example.org",
        phone = "+491701234567",
        intendedAddress = "Almaty, Abay 10",
        payment = new { reference, amountKzt = amount, paidOn = journey.Today },
    });

    [Fact]
    public async Task A_payment_pays_once_and_an_underpayment_is_refused_with_the_amount_due()
    {
        using var first = await EndorsedAsync("P");
        using var second = await EndorsedAsync("U");
        var reference = $"KZPAY-{Guid.NewGuid():N}";
        var duty = await first.SendAsync<JsonElement>("approval", HttpMethod.Get, $"/api/state-duty/{platform.Today.Year}", user: await first.ApplicantAsync());

        var filed = await first.FileRpApplicationAsync(reference);
        await second.WaitUntilAsync("approval", $"/api/rp-applications/{second.CaseId}", _ => true); // the endorsement travels through the broker
        using var reused = await second.SendRawAsync("approval", HttpMethod.Post, $"/api/rp-applications/{second.CaseId}/filing", await FilingAsync(second, reference, 20_000m), await second.ApplicantAsync());
        using var underpaid = await second.SendRawAsync("approval", HttpMethod.Post, $"/api/rp-applications/{second.CaseId}/filing",
            await FilingAsync(second, $"KZPAY-{Guid.NewGuid():N}", duty.GetProperty("totalKzt").GetDecimal() - 1), await second.ApplicantAsync());
        var othersEndorsement = await FilingAsync(second, $"KZPAY-{Guid.NewGuid():N}", 20_000m, endorsementOf: first); // the first case's endorsement number
        using var wrongEndorsement = await second.SendRawAsync("approval", HttpMethod.Post, $"/api/rp-applications/{second.CaseId}/filing", othersEndorsement, await second.ApplicantAsync());
        var afterwards = await second.SendAsync<JsonElement>("approval", HttpMethod.Get, $"/api/rp-applications/{second.CaseId}", user: await second.ApplicantAsync());

        Assert.Equal("UnderReview", filed.GetProperty("status").GetString());
        Assert.Equal(filed.GetProperty("filedAt").GetDateTimeOffset().AddDays(45), filed.GetProperty("reviewDueAt").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);
        Assert.Contains("already used", await reused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, underpaid.StatusCode);
        Assert.Contains("Underpaid", await underpaid.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, wrongEndorsement.StatusCode);
        Assert.Contains("is not the one Astana Hub issued", await wrongEndorsement.Content.ReadAsStringAsync());
        Assert.Equal("AwaitingFiling", afterwards.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_refusal_cites_statutory_grounds_by_code_and_reaches_the_applicants_timeline()
    {
        using var journey = await EndorsedAsync("G");
        await journey.FileRpApplicationAsync();

        using var unknown = await journey.SendRawAsync("approval", HttpMethod.Post, $"/api/rp-applications/{journey.CaseId}/refusal", new { grounds = new[] { "dislike" } }, await journey.OfficerAsync("approval", "MigrationOfficer"));
        var refused = await journey.SendAsync<JsonElement>("approval", HttpMethod.Post, $"/api/rp-applications/{journey.CaseId}/refusal", new { grounds = new[] { "false-documents" } }, await journey.OfficerAsync("approval", "MigrationOfficer"));
        var timeline = await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/cases/{journey.CaseId}/timeline", user: await journey.ApplicantAsync());
        for (var attempt = 0; attempt < 50 && timeline.GetProperty("status").GetString() != "RefusedByMigrationService"; attempt++)
        {
            await Task.Delay(200);
            timeline = await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/cases/{journey.CaseId}/timeline", user: await journey.ApplicantAsync());
        }

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("false-documents", await unknown.Content.ReadAsStringAsync());
        Assert.Equal("Refused", refused.GetProperty("status").GetString());
        Assert.Equal("false-documents", Assert.Single(refused.GetProperty("refusalGrounds").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal("RefusedByMigrationService", timeline.GetProperty("status").GetString());
    }
}
