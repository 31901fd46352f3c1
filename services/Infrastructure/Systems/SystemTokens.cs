using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;

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
        using var signingKey = key.GetECDsaPrivateKey() ?? throw new InvalidOperationException("The system certificate holds no ECDSA key.");
        using var client = http.CreateClient(HttpClientName);
        using var response = await client.PostAsync($"{Authority}/connect/token",
            ClientAssertion.TokenRequest(certificate.Bin, Authority, signingKey, key.SerialNumber, time.GetUtcNow(), service), cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new SystemTokenRefused($"Identity refused this system a token for {service}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken)
            ?? throw new SystemTokenRefused("Identity's token endpoint answered no token.");
        return (answer.AccessToken, time.GetUtcNow().AddSeconds(answer.ExpiresIn) - RenewBefore, key.SerialNumber);
    }

    sealed record TokenAnswer([property: JsonPropertyName("access_token")] string AccessToken, [property: JsonPropertyName("expires_in")] int ExpiresIn);
}

/// <summary>Identity would not give this system a token (e.g. its certificate was revoked).</summary>
public sealed class SystemTokenRefused(string reason) : Exception(reason);
