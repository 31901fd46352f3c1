using System.Net;
using System.Text;

namespace NomadPlatform.PlatformTests;

/// <summary>Every 4xx of every service is RFC 9457 problem details: a body of the wrong media type is 415, a path that cannot be a resource is 400.</summary>
[Collection(PlatformCollection.Name)]
public sealed class MediaTypeTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("identity", "/api/persons", "text/plain")]
    [InlineData("identity", "/api/persons", null)]
    [InlineData("hubintake", "/api/applications", "text/plain")]
    [InlineData("approval", "/api/bans", "application/xml")]
    [InlineData("arrival", "/api/arrivals/7d1f4f1e-3f0a-4c52-9a55-1d2b8e0c9a11/entry", "text/plain")]
    [InlineData("pscissuance", "/api/permits", "text/plain")]
    public async Task A_body_that_is_not_json_is_415_problem_details(string service, string path, string? contentType)
    {
        using var journey = new CaseJourney(platform);
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = contentType is null ? new ByteArrayContent("{}"u8.ToArray()) : new StringContent("{}", Encoding.UTF8, contentType),
        };
        if (contentType is null) request.Content.Headers.ContentType = null;

        using var response = await journey.SendRawAsync(service, request, await platform.Staff.EveryRoleOfficerAsync(service));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("identity", "/api/persons/%ff..%2F")]
    [InlineData("hubintake", "/api/applications/%ff..%2F")]
    [InlineData("approval", "/api/rp-applications/%ff..%2F")]
    [InlineData("arrival", "/api/arrivals/%ff..%2F")]
    [InlineData("pscissuance", "/api/permits/%ff..%2F")]
    public async Task A_path_with_invalid_utf8_and_an_encoded_slash_is_a_4xx_with_problem_details(string service, string path)
    {
        using var journey = new CaseJourney(platform);

        using var response = await journey.SendRawAsync(service, new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)),
            await platform.Staff.EveryRoleOfficerAsync(service));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{(int)response.StatusCode} {response.Content.Headers.ContentType}: {await response.Content.ReadAsStringAsync()}");
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Kestrel itself refuses a NUL in a request's path with a bare 400 while parsing the request line,
    /// before any application code runs, so no service can attach problem details to it (README, "Bad input").
    /// </summary>
    [Theory]
    [InlineData("identity", "/api/persons/%00%ff..%2F")]
    [InlineData("pscissuance", "/api/permits/%00")]
    public async Task A_nul_in_the_path_is_refused_by_the_server_as_400(string service, string path)
    {
        using var journey = new CaseJourney(platform);

        using var response = await journey.SendRawAsync(service, new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)),
            await platform.Staff.EveryRoleOfficerAsync(service));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
