using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using SkiaSharp;

namespace NomadPlatform.PlatformTests;

[Collection(PlatformCollection.Name)]
public sealed class DocumentUploadTests(PlatformFixture platform) : IAsyncLifetime
{
    readonly CaseJourney _applicant = new(platform);

    public Task InitializeAsync() => _applicant.RegisterPersonAsync($"U{Guid.NewGuid():N}"[..9], platform.Today.AddYears(5));

    public Task DisposeAsync()
    {
        _applicant.Dispose();
        return Task.CompletedTask;
    }

    static byte[] Jpeg(int width, int height, SKColor colour)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(colour);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
    }

    async Task<HttpResponseMessage> UploadAsync(string kind, byte[] bytes, string fileName, string declaredType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/applicants/{_applicant.Iin}/documents/{kind}")
        {
            Content = new MultipartFormDataContent { { file, "file", fileName } },
        };
        return await _applicant.SendRawAsync("hubintake", request, await _applicant.ApplicantAsync());
    }

    [Fact]
    public async Task A_pdf_is_stored_under_its_sha256_and_listed()
    {
        var pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8.ToArray();

        using var response = await UploadAsync("PassportCopy", pdf, "passport.pdf", "application/pdf");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), document.GetProperty("sha256").GetString());
        Assert.Equal("Pdf", document.GetProperty("content").GetString());
        var listed = await _applicant.SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/applicants/{_applicant.Iin}/documents", user: await _applicant.ApplicantAsync());
        Assert.Contains(listed.EnumerateArray(), d => d.GetProperty("sha256").GetString() == document.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task A_photo_is_checked_on_upload_and_its_problems_are_reported()
    {
        using var good = await UploadAsync("Photo", Jpeg(413, 531, new SKColor(200, 120, 80)), "photo.jpg", "image/jpeg");
        using var grey = await UploadAsync("Photo", Jpeg(413, 531, new SKColor(128, 128, 128)), "grey.jpg", "image/jpeg");

        Assert.Empty((await good.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray());
        var problems = (await grey.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray().Select(p => p.GetString());
        Assert.Contains(problems, p => p!.StartsWith("photo-greyscale"));
    }

    [Fact]
    public async Task Bytes_that_are_not_what_they_claim_are_refused_and_oversized_files_too()
    {
        using var gif = await UploadAsync("Cv", "GIF89a....."u8.ToArray(), "cv.pdf", "application/pdf");
        using var pdfPhoto = await UploadAsync("Photo", "%PDF-1.7\n"u8.ToArray(), "photo.jpg", "image/jpeg");
        using var huge = await UploadAsync("ItPortfolio", [.. "%PDF-1.7\n"u8, .. new byte[11 * 1024 * 1024]], "portfolio.pdf", "application/pdf");

        Assert.Equal(HttpStatusCode.BadRequest, gif.StatusCode);
        Assert.Contains("not a PDF, JPEG or PNG", await gif.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, pdfPhoto.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }
}
