using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace NomadPlatform.Portal.SignIn;

/// <summary>
/// Identity's sign-in for the portal: a one-time challenge the person's signer signs with their
/// authentication key, exchanged for tokens (client <c>nomad-portal</c>); refresh; sign-out.
/// </summary>
public sealed class IdentityClient(HttpClient identity, TimeProvider time)
{
    public const string ClientId = "nomad-portal";
    const string EdsGrant = "urn:nomad:params:oauth:grant-type:eds";

    public async Task<string> ChallengeAsync(CancellationToken cancellationToken)
    {
        using var response = await identity.PostAsJsonAsync("/connect/challenge", new { }, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("challenge").GetString()!;
    }

    /// <summary>The tokens for a signed challenge, or Identity's reason for refusing it.</summary>
    public Task<TokenAnswer> SignInAsync(string signature, CancellationToken cancellationToken) =>
        TokenRequestAsync(cancellationToken, ("grant_type", EdsGrant), ("signature", signature), ("scope", "openid offline_access"));

    public Task<TokenAnswer> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        TokenRequestAsync(cancellationToken, ("grant_type", "refresh_token"), ("refresh_token", refreshToken));

    /// <summary>Sign-out: the refresh token is revoked, so the session cannot be renewed anywhere.</summary>
    public async Task RevokeAsync(string refreshToken, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent([new("token", refreshToken), new("token_type_hint", "refresh_token"), new("client_id", ClientId)]);
        using var response = await identity.PostAsync("/connect/revoke", form, cancellationToken);
    }

    async Task<TokenAnswer> TokenRequestAsync(CancellationToken cancellationToken, params (string Name, string Value)[] parameters)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(parameters.Append((Name: "client_id", Value: ClientId)).Select(p => KeyValuePair.Create(p.Name, p.Value))),
        };
        // A refusal's description comes back in the page's language.
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));
        using var response = await identity.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode500();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (!response.IsSuccessStatusCode)
            return new TokenAnswer(null, Text(body, "error_description") ?? Text(body, "error") ?? $"HTTP {(int)response.StatusCode}");
        return new TokenAnswer(new TokenSet(Text(body, "access_token")!, Text(body, "refresh_token"),
            time.GetUtcNow().AddSeconds(body.GetProperty("expires_in").GetDouble())), null);
    }

    static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) ? value.GetString() : null;
}

public sealed record TokenSet(string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt);

/// <summary>Tokens, or the reason Identity gave for refusing (an invalid_grant's description).</summary>
public sealed record TokenAnswer(TokenSet? Tokens, string? Refusal);

static class ServerErrors
{
    /// <summary>Identity away (a 5xx) is an error of the moment, not a refusal of the person.</summary>
    public static void EnsureSuccessStatusCode500(this HttpResponseMessage response)
    {
        if ((int)response.StatusCode >= 500)
            throw new HttpRequestException($"Identity answered {(int)response.StatusCode}.", null, response.StatusCode);
    }
}
