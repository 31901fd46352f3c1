using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using NomadPlatform.Eds.Signing;

namespace NomadPlatform.PlatformTests;

/// <summary>EDS sign-in at Identity as OpenID Connect: public discovery, short tokens the services check themselves, refresh, sign-out.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SignInTests(PlatformFixture platform)
{
    [Fact]
    public async Task Discovery_and_keys_are_public_and_name_the_eds_grant()
    {
        using var identity = platform.Client("identity");

        var discovery = await identity.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var keys = await identity.GetFromJsonAsync<JsonElement>(new Uri(discovery.GetProperty("jwks_uri").GetString()!).PathAndQuery);

        Assert.Contains(discovery.GetProperty("grant_types_supported").EnumerateArray(), g => g.GetString() == EdsSignIn.GrantType);
        Assert.EndsWith("/connect/revoke", discovery.GetProperty("revocation_endpoint").GetString());
        Assert.NotEmpty(keys.GetProperty("keys").EnumerateArray());
    }

    [Fact]
    public async Task A_person_signs_in_with_eds_reads_their_own_record_refreshes_and_after_signing_out_cannot_refresh()
    {
        using var journey = new CaseJourney(platform);
        await journey.RegisterPersonAsync($"S{Guid.NewGuid():N}"[..9], new DateOnly(2034, 1, 1));
        using var key = await journey.FileKeyAsync("Authentication");
        using var identity = platform.Client("identity");

        var tokens = await EdsSignIn.SignInAsync(identity, key, platform.Now);
        using var own = await GetAsync(identity, $"/api/persons/{journey.Iin}", tokens.AccessToken);
        using var someoneElses = await GetAsync(identity, "/api/persons/840315300017", tokens.AccessToken);
        var refreshed = await EdsSignIn.RefreshAsync(identity, tokens.RefreshToken!, platform.Now);
        await EdsSignIn.SignOutAsync(identity, refreshed.RefreshToken!);
        var afterSignOut = await Assert.ThrowsAsync<SignInRefused>(() => EdsSignIn.RefreshAsync(identity, refreshed.RefreshToken!, platform.Now));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, someoneElses.StatusCode);
        Assert.InRange(tokens.ExpiresAt - platform.Now, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(15));
        Assert.NotEqual(tokens.AccessToken, refreshed.AccessToken);
        Assert.Equal("invalid_grant", afterSignOut.Error);
    }

    [Fact]
    public async Task A_refresh_after_the_sign_in_certificate_was_revoked_is_refused_with_the_reason()
    {
        using var journey = new CaseJourney(platform);
        await journey.RegisterPersonAsync($"K{Guid.NewGuid():N}"[..9], new DateOnly(2034, 1, 1));
        using var key = await journey.FileKeyAsync("Authentication");
        using var identity = platform.Client("identity");
        var tokens = await EdsSignIn.SignInAsync(identity, key, platform.Now);

        using var revocation = new HttpRequestMessage(HttpMethod.Post, $"/api/certificates/{key.Certificate.SerialNumber}/revocation") { Content = JsonContent.Create(new { reason = "KeyCompromise" }) };
        revocation.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        using var revoked = await identity.SendAsync(revocation);
        var refused = await Assert.ThrowsAsync<SignInRefused>(() => EdsSignIn.RefreshAsync(identity, tokens.RefreshToken!, platform.Now));
        var signInAgain = await Assert.ThrowsAsync<SignInRefused>(() => EdsSignIn.SignInAsync(identity, key, platform.Now));

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Contains("no longer valid", refused.Description);
        Assert.Contains("revoked", signInAgain.Description);
    }

    [Fact]
    public async Task Without_a_token_identity_answers_401_problem_details_and_a_forged_token_is_refused()
    {
        using var identity = platform.Client("identity");
        using var anonymous = await identity.GetAsync("/api/persons/840315300017");
        using var forged = await GetAsync(identity, "/api/persons/840315300017",
            "eyJhbGciOiJub25lIiwidHlwIjoiYXQrand0In0.eyJzdWIiOiI4NDAzMTUzMDAwMTciLCJhdWQiOiJub21hZC1wbGF0Zm9ybSJ9.");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await client.SendAsync(request);
    }
}
