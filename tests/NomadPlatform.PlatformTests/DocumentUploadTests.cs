using System.Net;
using System.Text.Json;

namespace NomadPlatform.PlatformTests;

/// <summary>An applicant keeps uploads within a quota, removes what no application names, and never what one does.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DocumentUploadTests(PlatformFixture platform)
{
    const int Quota = 40; // Documents:Uploads:MaxFilesPerApplicant, as the README states

    [Fact]
    public async Task Uploads_stop_at_the_quota_an_unsubmitted_one_may_be_removed_and_a_submitted_one_may_not()
    {
        using var journey = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(5);
        await journey.RegisterAsync($"U{Guid.NewGuid():N}"[..9], expiry);
        var photo = (await journey.UploadDossierAsync()).Files.First(f => f.Kind == "Photo");
        for (var held = (await DocumentsAsync(journey)).Count; held < Quota; held++)
            await journey.UploadAsync(photo);

        var over = await Assert.ThrowsAsync<HttpRequestException>(() => journey.UploadAsync(photo));
        var documents = await DocumentsAsync(journey);
        var spare = documents.Last(d => d.GetProperty("kind").GetString() == "Photo").GetProperty("documentId").GetGuid();
        using var removed = await journey.SendRawAsync("hubintake", HttpMethod.Delete, $"/api/applicants/{journey.Iin}/documents/{spare}", user: await journey.ApplicantAsync());
        await journey.UploadAsync(photo); // room again
        await journey.SubmitAsync(expiry);
        var cv = (await DocumentsAsync(journey)).First(d => d.GetProperty("kind").GetString() == "Cv").GetProperty("documentId").GetGuid();
        using var kept = await journey.SendRawAsync("hubintake", HttpMethod.Delete, $"/api/applicants/{journey.Iin}/documents/{cv}", user: await journey.ApplicantAsync());

        Assert.Equal(HttpStatusCode.Conflict, over.StatusCode);
        Assert.Contains($"{Quota} documents", over.Message);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, kept.StatusCode);
        Assert.Contains("submitted application", await kept.Content.ReadAsStringAsync());
        Assert.Equal(Quota, (await DocumentsAsync(journey)).Count);
    }

    static async Task<List<JsonElement>> DocumentsAsync(CaseJourney journey) =>
        (await journey.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/applicants/{journey.Iin}/documents", user: await journey.ApplicantAsync()))
            .EnumerateArray().ToList();
}
