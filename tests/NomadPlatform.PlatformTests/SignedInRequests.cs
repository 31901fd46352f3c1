namespace NomadPlatform.PlatformTests;

/// <summary>Requests to the feed as a signed-in officer.</summary>
static class SignedInRequests
{
    /// <summary>A request as <paramref name="user"/>, with a JSON body when given.</summary>
    public static async Task<HttpRequestMessage> AuthorizedAsync(SignedInUser user, string path, HttpMethod? method = null, object? body = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        if (body is not null) request.Content = System.Net.Http.Json.JsonContent.Create(body);
        await user.AuthorizeAsync(request);
        return request;
    }
}
