using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.Infrastructure.Systems;

/// <summary>
/// An enrolled system's OAuth2 token request at Identity: client credentials, the client proven by a
/// short JWT signed with its system key (private_key_jwt, RFC 7523), for one called service.
/// </summary>
public static class ClientAssertion
{
    static readonly JsonWebTokenHandler Handler = new();

    public static FormUrlEncodedContent TokenRequest(string bin, string authority, ECDsa key, string serialNumber, DateTimeOffset now, string service)
    {
        var clientId = SystemClaims.ClientIdOf(bin);
        var assertion = Handler.CreateToken(new SecurityTokenDescriptor
        {
            TokenType = "client-authentication+jwt",
            Issuer = clientId,
            Audience = authority.TrimEnd('/') + "/",
            Subject = new ClaimsIdentity([new Claim("sub", clientId), new Claim("jti", Guid.NewGuid().ToString("N"))]),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.AddMinutes(2).UtcDateTime,
            // The caller disposes the key after this request; a cached signature provider would keep the disposed
            // key and fail the next request signed with the same key material (ObjectDisposedException).
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(key) { KeyId = serialNumber }, SecurityAlgorithms.EcdsaSha256)
            {
                CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
            },
        });
        return new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = assertion,
            ["scope"] = SystemClaims.AudienceOf(service),
        });
    }
}
