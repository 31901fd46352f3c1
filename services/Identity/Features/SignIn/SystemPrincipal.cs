using System.Security.Claims;
using NomadPlatform.ServiceDefaults;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace NomadPlatform.Identity.Features.SignIn;

/// <summary>
/// An agency's system, authenticated by OpenIddict with a key of one of its unrevoked system
/// certificates (private_key_jwt): a short token naming its BIN, for the services it asked for.
/// </summary>
public static class SystemPrincipal
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(5);

    public static ClaimsPrincipal For(OpenIddictRequest request)
    {
        var clientId = request.ClientId!;
        var identity = new ClaimsIdentity("system", PlatformClaims.Subject, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId);
        identity.SetClaim(PlatformClaims.Bin, clientId[SystemClaims.ClientPrefix.Length..]);
        // OpenIddict has already checked each scope against the client's permissions.
        var scopes = request.GetScopes();
        identity.SetScopes(scopes);
        identity.SetResources(scopes.Where(s => s.StartsWith(SystemClaims.AudiencePrefix, StringComparison.Ordinal)));
        identity.SetAccessTokenLifetime(TokenLifetime);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
