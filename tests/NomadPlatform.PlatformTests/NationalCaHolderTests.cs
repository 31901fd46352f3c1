using System.Net;
using System.Net.Http.Headers;
using NomadPlatform.Applicants;
using NomadPlatform.Eds;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// Applicants whose EDS comes from the national CA the deployment trusts, not from the platform's own:
/// they sign in and sign with it (revocation from NCA's CRL), and only an IIN in the register may keep
/// documents or apply.
/// </summary>
[Collection(NationalCaCollection.Name)]
public sealed class NationalCaHolderTests(NationalCaPlatform platform)
{
    [Fact]
    public async Task A_registered_applicant_signs_in_and_applies_with_the_national_cas_gost_key()
    {
        using var journey = new CaseJourney(platform) { KeysFromAuthority = platform.IssueNcaKey };
        var expiry = platform.Today.AddYears(5);
        await journey.RegisterAsync($"N{Guid.NewGuid():N}"[..9], expiry);

        await journey.SubmitAsync(expiry);
        var events = await journey.TimelineAsync(expectedEvents: 1);

        Assert.Equal(EdsOids.Gost2015PublicKey256, journey.SigningKey!.Certificate.PublicKey.Oid.Value);
        Assert.Contains("NCA RK Test", journey.SigningKey.Certificate.Issuer);
        Assert.Equal("ApplicationSubmitted", events.First());
    }

    [Fact]
    public async Task A_holder_of_the_national_cas_key_with_no_iin_in_the_register_signs_in_but_keeps_no_documents()
    {
        using var journey = new CaseJourney(platform) { KeysFromAuthority = platform.IssueNcaKey };
        journey.HoldIinFromElsewhere(PlatformHarness.PlatformStaff.NewIin());
        var photo = ApplicantDossier.Create("Aidos Seitkali", ["DE"], platform.Today).Files.First(f => f.Kind == "Photo");
        var applicant = await journey.ApplicantAsync();

        await applicant.AccessTokenAsync(); // signed in with NCA's certificate
        using var content = new ByteArrayContent(photo.Bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(photo.ContentType);
        using var upload = new HttpRequestMessage(HttpMethod.Post, $"/api/applicants/{journey.Iin}/documents/Photo")
        {
            Content = new MultipartFormDataContent { { content, "file", photo.FileName } },
        };
        using var refused = await journey.SendRawAsync("hubintake", upload, applicant);
        using var listed = await journey.SendRawAsync("hubintake", HttpMethod.Get, $"/api/applicants/{journey.Iin}/documents", user: applicant);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("is not registered", await refused.Content.ReadAsStringAsync());
        Assert.Equal("[]", await listed.Content.ReadAsStringAsync());
    }
}
