namespace NomadPlatform.PlatformTests;

/// <summary>The feed's operator registers a partner and grants it event types, each with the fields of its view.</summary>
static class FeedGrants
{
    public static async Task GrantAsync(LocalPlatform platform, PartnerOrganisation partner, params (string Type, string[] Fields)[] grants)
    {
        var registrar = await platform.Staff.OfficerAsync("feed", "PartnerRegistrar");
        using var feed = platform.Client("feed");
        var register = await AuthorizedAsync(registrar, "/api/partners", HttpMethod.Post, new { bin = partner.Bin, name = partner.Name });
        using (var registered = await feed.SendAsync(register)) registered.EnsureSuccessStatusCode();
        foreach (var (type, fields) in grants)
        {
            using var granted = await feed.SendAsync(await AuthorizedAsync(registrar, $"/api/partners/{partner.Bin}/grants/{type}", HttpMethod.Put, new { fields }));
            granted.EnsureSuccessStatusCode();
        }
    }

    /// <summary>A request as <paramref name="user"/>, with a JSON body when given.</summary>
    public static async Task<HttpRequestMessage> AuthorizedAsync(SignedInUser user, string path, HttpMethod? method = null, object? body = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        if (body is not null) request.Content = System.Net.Http.Json.JsonContent.Create(body);
        await user.AuthorizeAsync(request);
        return request;
    }
}
