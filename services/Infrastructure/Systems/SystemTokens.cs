using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.Infrastructure.Systems;

/// <summary>
/// Access tokens for calling another agency's service: OAuth2 client credentials at Identity, the
/// client authenticated by a JWT signed with this system certificate's key (private_key_jwt, RFC 7523).
/// One token per called service (its audience), kept until a minute before it expires.
/// </summary>
public sealed class SystemTokens(SystemCertificate certificate, IHttpClientFactory http, IConfiguration configuration, TimeProvider time)
{
    public const string HttpClientName = "identity-token-endpoint";
    static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(1);
    static readonly JsonWebTokenHandler Handler = new();
    readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Until, string Serial)> _tokens = new();
    readonly SemaphoreSlim _gate = new(1, 1);

    string Authority => (configuration["Identity:Authority"] ?? throw new InvalidOperationException("Identity:Authority is not set.")).TrimEnd('/');

    public async ValueTask<string> ForAsync(string service, CancellationToken cancellationToken)
    {
        var key = await certificate.GetAsync(cancellationToken);
        if (_tokens.TryGetValue(service, out var held) && held.Serial == key.SerialNumber && held.Until > time.GetUtcNow()) return held.Token;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_tokens.TryGetValue(service, out held) && held.Serial == key.SerialNumber && held.Until > time.GetUtcNow()) return held.Token;
            var token = await RequestAsync(service, key, cancellationToken);
            _tokens[service] = token;
            return token.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets the tokens: the next call asks for new ones (after a renewal or a refusal).</summary>
    public void Forget() => _tokens.Clear();

    async Task<(string Token, DateTimeOffset Until, string Serial)> RequestAsync(
        string service, X509Certificate2 key, CancellationToken cancellationToken)
    {
        var clientId = SystemClaims.ClientIdOf(certificate.Bin);
        var now = time.GetUtcNow();
        var assertion = Handler.CreateToken(new SecurityTokenDescriptor
        {
            TokenType = "client-authentication+jwt",
            Issuer = clientId,
            Audience = Authority + "/",
            Subject = new ClaimsIdentity([new Claim("sub", clientId), new Claim("jti", Guid.NewGuid().ToString("N"))]),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.AddMinutes(2).UtcDateTime,
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(key.GetECDsaPrivateKey()) { KeyId = key.SerialNumber }, SecurityAlgorithms.EcdsaSha256),
        });
        using var client = http.CreateClient(HttpClientName);
        using var response = await client.PostAsync($"{Authority}/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = assertion,
            ["scope"] = SystemClaims.AudienceOf(service),
        }), cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new SystemTokenRefused($"Identity refused this system a token for {service}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken)
            ?? throw new SystemTokenRefused("Identity's token endpoint answered no token.");
        return (answer.AccessToken, now.AddSeconds(answer.ExpiresIn) - RenewBefore, key.SerialNumber);
    }

    sealed record TokenAnswer([property: JsonPropertyName("access_token")] string AccessToken, [property: JsonPropertyName("expires_in")] int ExpiresIn);
}

/// <summary>Identity would not give this system a token (e.g. its certificate was revoked).</summary>
public sealed class SystemTokenRefused(string reason) : Exception(reason);
