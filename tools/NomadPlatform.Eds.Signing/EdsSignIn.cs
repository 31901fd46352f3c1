using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using NomadPlatform.Eds;

namespace NomadPlatform.Eds.Signing;

/// <summary>
/// Signs a person in at Identity with their EDS authentication key, as NCALayer does on eGov: ask for a
/// one-time challenge, sign it (attached CMS), exchange the signature for tokens. Also refreshes and
/// signs out (revokes the refresh token).
/// </summary>
public static class EdsSignIn
{
    public const string GrantType = "urn:nomad:params:oauth:grant-type:eds";
    public const string ClientId = "nomad-cli";

    /// <summary>
    /// A challenge is spent by the first exchange that reaches Identity: when that exchange's answer was
    /// lost and the client sent it again, the resend is refused. The sign-in then starts once more with a
    /// fresh challenge; a second refusal is Identity's answer.
    /// </summary>
    public static Task<TokenSet> SignInAsync(HttpClient identity, X509Certificate2 authenticationKey, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        SignInAsync(identity, challenge => Sign(challenge, authenticationKey, now), now, cancellationToken);

    /// <summary>The same with a file key of any algorithm, GOST included.</summary>
    public static Task<TokenSet> SignInAsync(HttpClient identity, EdsKeyFile authenticationKey, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        SignInAsync(identity, challenge => Convert.ToBase64String(EdsSigner.Sign(Encoding.UTF8.GetBytes(challenge), authenticationKey, detached: false, now)), now, cancellationToken);

    static async Task<TokenSet> SignInAsync(HttpClient identity, Func<string, string> sign, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var challenge = await ChallengeAsync(identity, cancellationToken);
            try
            {
                return await ExchangeAsync(identity, sign(challenge), now, cancellationToken);
            }
            catch (SignInRefused) when (attempt == 1)
            {
            }
        }
    }

    /// <summary>A one-time challenge; with <paramref name="forIin"/>, only that person's certificate can answer it.</summary>
    public static async Task<string> ChallengeAsync(HttpClient identity, CancellationToken cancellationToken = default, string? forIin = null)
    {
        using var response = await identity.PostAsJsonAsync("/connect/challenge", new { iin = forIin }, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("challenge").GetString()!;
    }

    /// <summary>The challenge signed for the token request (base64 of the attached CMS).</summary>
    public static string Sign(string challenge, X509Certificate2 authenticationKey, DateTimeOffset now) =>
        Convert.ToBase64String(EdsSigner.Sign(Encoding.UTF8.GetBytes(challenge), authenticationKey, detached: false, now));

    /// <summary>Exchanges a signed challenge for tokens; a refusal throws <see cref="SignInRefused"/> with Identity's reason.</summary>
    public static Task<TokenSet> ExchangeAsync(HttpClient identity, string signature, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        TokenRequestAsync(identity, now, cancellationToken,
            ("grant_type", GrantType), ("client_id", ClientId), ("signature", signature), ("scope", "openid offline_access"));

    public static Task<TokenSet> RefreshAsync(HttpClient identity, string refreshToken, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        TokenRequestAsync(identity, now, cancellationToken, ("grant_type", "refresh_token"), ("client_id", ClientId), ("refresh_token", refreshToken));

    /// <summary>Signs out: the refresh token is revoked, so no new access token comes from it.</summary>
    public static async Task SignOutAsync(HttpClient identity, string refreshToken, CancellationToken cancellationToken = default)
    {
        using var form = new FormUrlEncodedContent([new("token", refreshToken), new("token_type_hint", "refresh_token"), new("client_id", ClientId)]);
        using var response = await identity.PostAsync("/connect/revoke", form, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    static async Task<TokenSet> TokenRequestAsync(HttpClient identity, DateTimeOffset now, CancellationToken cancellationToken, params (string Name, string Value)[] parameters)
    {
        using var form = new FormUrlEncodedContent(parameters.Select(p => new KeyValuePair<string, string>(p.Name, p.Value)));
        using var response = await identity.PostAsync("/connect/token", form, cancellationToken);
        if ((int)response.StatusCode >= 500) // Identity (or its database) is away: worth trying again, not a refusal
            throw new HttpRequestException($"The token endpoint answered {(int)response.StatusCode}.", null, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new SignInRefused(Text(body, "error") ?? $"HTTP {(int)response.StatusCode}", Text(body, "error_description") ?? "");
        return new TokenSet(Text(body, "access_token")!, Text(body, "refresh_token"), now.AddSeconds(body.GetProperty("expires_in").GetDouble()));
    }

    static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) ? value.GetString() : null;
}

/// <summary>An access token (and the refresh token, when granted) with the moment the access token expires.</summary>
public sealed record TokenSet(string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt);

/// <summary>Identity refused a token request: the OAuth error and its reason.</summary>
public sealed class SignInRefused(string error, string description) : Exception($"{error}: {description}")
{
    public string Error { get; } = error;
    public string Description { get; } = description;
}
