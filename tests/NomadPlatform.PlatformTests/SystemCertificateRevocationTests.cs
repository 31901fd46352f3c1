using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// The CA revokes an agency's system certificate: the agency stops using it, says so in /health, and
/// refuses work that needs another agency (503 with the reason, nothing changed); its administrator
/// enrols again with a new one-time code from the CA, and the case in flight completes.
/// Its own platform: the revocation must not disturb the shared one's tests.
/// </summary>
public sealed class SystemCertificateRevocationTests(TimeTravelPlatform platform) : IClassFixture<TimeTravelPlatform>
{
    [Fact]
    public async Task A_revoked_agency_reports_unhealthy_enrols_again_with_a_new_code_and_no_case_is_lost()
    {
        using var journey = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(8);
        await journey.RegisterAsync($"V{Guid.NewGuid():N}"[..9], expiry);
        await journey.SubmitAsync(expiry);
        await journey.EndorseAsync();
        await journey.WaitForAsync("approval", $"/api/rp-applications/{journey.CaseId}");
        var administrator = await platform.Staff.AdministratorAsync("approval");
        var before = await journey.SendAsync<JsonElement>("approval", HttpMethod.Get, "/api/system/certificate", user: administrator);
        var serial = before.GetProperty("serialNumber").GetString()!;

        await journey.SendAsync<JsonElement>("identity", HttpMethod.Post, $"/api/certificates/{serial}/revocation",
            new { reason = "KeyCompromise" }, await platform.Staff.OfficerAsync("identity", "CaOfficer"));
        var health = await UntilAsync(() => HealthAsync("approval"), h => h.Status != HttpStatusCode.OK);
        using var refusedFiling = await FileRawAsync(journey);
        var code = await AgencySystem.NewEnrolmentCodeAsync(platform, PlatformStaff.AgencyOf("approval").Bin);
        var enrolled = await journey.SendAsync<JsonElement>("approval", HttpMethod.Post, "/api/system/certificate/enrolment", new { enrolmentCode = code }, administrator);
        var healthy = await UntilAsync(() => HealthAsync("approval"), h => h.Status == HttpStatusCode.OK);
        await journey.ApproveAsync();
        await journey.ArriveAsync("Astana, Revocation Street 1");
        var permit = await journey.IssuePermitAsync();

        var check = JsonDocument.Parse(health.Body).RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "system-certificate");
        Assert.Equal("Unhealthy", check.GetProperty("status").GetString());
        Assert.Contains($"revoked this system's certificate {serial}", check.GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refusedFiling.StatusCode);
        Assert.Contains("cannot prove who it is", await refusedFiling.Content.ReadAsStringAsync());
        Assert.True(enrolled.GetProperty("usable").GetBoolean());
        Assert.NotEqual(serial, enrolled.GetProperty("serialNumber").GetString());
        Assert.Equal(HttpStatusCode.OK, healthy.Status);
        Assert.Equal(journey.CaseId.ToString(), permit.GetProperty("caseId").GetString());
    }

    async Task<HttpResponseMessage> FileRawAsync(CaseJourney journey)
    {
        var filing = journey.SignedFiling(new
        {
            caseId = journey.CaseId,
            iin = journey.Iin,
            endorsementNumber = (await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/applications/{journey.CaseId}", user: await journey.ApplicantAsync()))
                .GetProperty("endorsementNumber").GetString(),
            email = "dana.nomad@example.org",
            phone = "+491701234567",
            intendedAddress = "Astana, Mangilik El 55, apt 12",
            payment = new { reference = $"KZPAY-{Guid.NewGuid():N}", amountKzt = 1m, paidOn = platform.Today },
        });
        return await journey.SendRawAsync("approval", HttpMethod.Post, $"/api/rp-applications/{journey.CaseId}/filing", filing, await journey.ApplicantAsync());
    }

    async Task<(HttpStatusCode Status, string Body)> HealthAsync(string service)
    {
        using var client = new HttpClient { BaseAddress = platform.App.GetEndpoint(service, "http") };
        using var response = await client.GetAsync("/health");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var value = await probe();
            if (done(value)) return value;
            await Task.Delay(500);
        }
        throw new TimeoutException("The condition did not come true within 30 s.");
    }
}
