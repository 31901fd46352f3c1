using System.Net;
using System.Text.Json;

namespace NomadPlatform.PlatformTests;

[Collection(PlatformCollection.Name)]
public sealed class BanRegistryTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_banned_person_is_refused_at_the_hub_with_the_date_the_ban_ends()
    {
        using var journey = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(6);
        await journey.RegisterAsync($"B{Guid.NewGuid():N}"[..9], expiry);
        var today = platform.Today;

        var ban = await journey.SendAsync<JsonElement>("approval", HttpMethod.Post, "/api/bans",
            new { iin = journey.Iin, reason = "Deportation", startsOn = today.AddDays(-10) }, await journey.OfficerAsync("approval", "BanRegistrar"));
        using var refused = await journey.SubmitRawAsync(await journey.ManifestAsync(expiry), journey.SigningKey!);

        var endsOn = today.AddDays(-10).AddYears(5).ToString("yyyy-MM-dd");
        Assert.Equal(endsOn, ban.GetProperty("endsOn").GetString());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains($"until {endsOn}", await refused.Content.ReadAsStringAsync());
    }
}
