using System.Net;
using System.Text;
using System.Text.Json;
using NomadPlatform.Applicants;

namespace NomadPlatform.PlatformTests;

[Collection(PlatformCollection.Name)]
public sealed class BadInputTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("hubintake", "/api/applications/{0}")]
    [InlineData("hubintake", "/api/cases/{0}/timeline")]
    [InlineData("approval", "/api/rp-applications/{0}")]
    [InlineData("arrival", "/api/arrivals/{0}")]
    [InlineData("pscissuance", "/api/permits/{0}")]
    [InlineData("identity", "/api/persons/791028302728?reason=identity-check")] // an officer says why before looking a person up
    public async Task Unknown_ids_get_404_problem_details(string service, string path)
    {
        using var journey = new CaseJourney(platform);
        using var response = await journey.SendRawAsync(service, HttpMethod.Get, string.Format(path, Guid.NewGuid()), user: await platform.Staff.EveryRoleOfficerAsync(service));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("identity", "/api/persons", """{"surname":"A","birthDate":"not-a-date"}""", "birthDate")]
    [InlineData("identity", "/api/persons", """{"surname":"A","birthDate":"1990-02-30"}""", "birthDate")]
    [InlineData("identity", "/api/persons", """{"surname":"A","givenName":"B","birthDate":"2090-01-01","sex":"Male","citizenships":["DE"],"passports":[{"number":"C01X00T47","country":"DE","expiresOn":"2031-01-01"}]}""", "birthDate")]
    [InlineData("identity", "/api/persons", """{"surname":"A","givenName":"B","birthDate":"1850-01-01","sex":"Male","citizenships":["DE"],"passports":[{"number":"C01X00T47","country":"DE","expiresOn":"2031-01-01"}]}""", "birthDate")]
    [InlineData("identity", "/api/persons", """{"surname":"A","givenName":"B","birthDate":"1990-01-01","sex":"Male","citizenships":["de"],"passports":[]}""", "citizenships")]
    [InlineData("identity", "/api/persons/900230400011/certificates", """{"purpose":"Signing","password":"long-enough"}""", "iin")]
    [InlineData("identity", "/api/persons", """{"surname":"A","givenName":"B","birthDate":"1990-01-01","sex":"X"}""", "sex")]
    [InlineData("hubintake", "/api/applications", """{"manifest":"not base64!","signature":"AAAA"}""", "manifest")]
    [InlineData("hubintake", "/api/applications", """{"manifest":"eyJpaW4iOiIxMjMiLCJwYXNzcG9ydEV4cGlyZXNPbiI6IjIwMzEtMDEtMDEifQ==","signature":"AAAA"}""", "manifest.iin")]
    [InlineData("hubintake", "/api/applications", """{"manifest":42}""", "manifest")]
    [InlineData("hubintake", "/api/applications", """{"manifest":"eyJpaW4iOiI3OTEwMjgzMDI3MjgiLCJwYXNzcG9ydEV4cGlyZXNPbiI6IjIwMzEtMDEtMDEiLCJkb2N1bWVudHMiOlt7ImtpbmQiOiJQaG90byIsInNoYTI1NiI6Inh5eiJ9XX0=","signature":"AAAA"}""", "manifest.documents[0].sha256")]
    [InlineData("identity", "/api/persons/791028302728/certificates", """{"purpose":"Signing","csr":"-----BEGIN CERTIFICATE REQUEST-----\nZm9v\n-----END CERTIFICATE REQUEST-----"}""", "csr")]
    [InlineData("identity", "/api/persons/791028302728/certificates", """{"purpose":"Encryption","password":"long-enough"}""", "purpose")]
    [InlineData("arrival", "/api/arrivals/7d1f4f1e-3f0a-4c52-9a55-1d2b8e0c9a11/housing-contract", """{"address":"","landlord":{"name":"A","iinOrBin":"791028302728"},"startsOn":"2026-12-01","endsOn":"2027-12-01"}""", "address")]
    [InlineData("arrival", "/api/arrivals/7d1f4f1e-3f0a-4c52-9a55-1d2b8e0c9a11/housing-contract", """{"address":"Astana","landlord":{"name":"A","iinOrBin":"12345"},"startsOn":"2026-12-01","endsOn":"2027-12-01"}""", "landlord.iinOrBin")]
    [InlineData("arrival", "/api/arrivals/7d1f4f1e-3f0a-4c52-9a55-1d2b8e0c9a11/medical-examination", """{"examinedOn":"2026-12-01","clinic":"Clinic","certificateNumber":"M-1","result":"Unfit"}""", "reason")]
    [InlineData("arrival", "/api/arrivals/7d1f4f1e-3f0a-4c52-9a55-1d2b8e0c9a11/medical-examination", """{"examinedOn":"2026-12-01","clinic":"Clinic","certificateNumber":"M-1","result":"Maybe"}""", "result")]
    [InlineData("arrival", "/api/arrivals/7d1f4f1e-3f0a-4c52-9a55-1d2b8e0c9a11/fingerprints", """{"fingers":[{"position":"RightThumb","template":"not base64!"}]}""", "fingers[0].template")]
    [InlineData("arrival", "/api/arrivals/7d1f4f1e-3f0a-4c52-9a55-1d2b8e0c9a11/fingerprints/duplicate-clearance", """{"reason":" "}""", "reason")]
    [InlineData("pscissuance", "/api/submissions", """{"caseId":"7d1f4f1e-3f0a-4c52-9a55-1d2b8e0c9a11","office":"","documents":["Passport"]}""", "office")]
    [InlineData("pscissuance", "/api/submissions", """{"caseId":"7d1f4f1e-3f0a-4c52-9a55-1d2b8e0c9a11","office":"PSC-1","documents":["Visa"]}""", "documents[0]")]
    [InlineData("pscissuance", "/api/permits", """{"caseId":"not-a-guid"}""", "caseId")]
    [InlineData("pscissuance", "/api/permits", """{"caseId":""", "caseId")]
    public async Task Malformed_bodies_get_400_naming_the_field(string service, string path, string body, string field)
    {
        using var journey = new CaseJourney(platform);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        var caller = path == "/api/applications" ? await SignedInApplicantAsync(journey) : await platform.Staff.EveryRoleOfficerAsync(service);
        using var response = await journey.SendRawAsync(service, request, caller);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name);
        Assert.Contains(errors, name => name.Equals(field, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Only a registered person can sign in; a manifest naming any other IIN (registered or not) is not theirs to submit.</summary>
    [Fact]
    public async Task A_manifest_naming_another_iin_is_refused_and_without_a_token_nothing_is_read()
    {
        using var journey = new CaseJourney(platform);
        var dossier = ApplicantDossier.Create("Nobody Registered", ["DE"], platform.Today);
        var manifest = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(dossier.Manifest("791028302728", new DateOnly(2035, 1, 1))));
        using var anonymous = await journey.SendRawAsync("hubintake", HttpMethod.Post, "/api/applications", new { manifest, signature = "AAAA" });
        using var response = await journey.SendRawAsync("hubintake", HttpMethod.Post, "/api/applications", new { manifest, signature = "AAAA" }, await SignedInApplicantAsync(journey));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("another IIN", await response.Content.ReadAsStringAsync());
    }

    static async Task<SignedInUser> SignedInApplicantAsync(CaseJourney journey)
    {
        await journey.RegisterPersonAsync($"B{Guid.NewGuid():N}"[..9], new DateOnly(2035, 1, 1));
        return await journey.ApplicantAsync();
    }

    [Fact]
    public async Task A_manifest_signed_by_someone_else_or_not_signed_is_refused_and_nothing_is_accepted()
    {
        using var applicant = new CaseJourney(platform);
        using var stranger = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(5);
        await applicant.RegisterAsync($"A{Guid.NewGuid():N}"[..9], expiry);
        await stranger.RegisterAsync($"S{Guid.NewGuid():N}"[..9], expiry);

        using var foreignSigned = await applicant.SubmitRawAsync(await applicant.ManifestAsync(expiry), stranger.SigningKey!);
        var manifest = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(await applicant.ManifestAsync(expiry)));
        using var unsigned = await applicant.SendRawAsync("hubintake", HttpMethod.Post, "/api/applications", new { manifest, signature = "AAAA" }, await applicant.ApplicantAsync());

        Assert.Equal(HttpStatusCode.BadRequest, foreignSigned.StatusCode);
        Assert.Contains("[Holder]", await foreignSigned.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, unsigned.StatusCode);
        Assert.Contains("signature", await unsigned.Content.ReadAsStringAsync());
    }
}
