using System.Collections.Immutable;
using System.Security.Claims;
using NomadPlatform.ServiceDefaults;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace NomadPlatform.Identity.Features.SignIn;

/// <summary>The claims a signed-in holder's tokens carry: the IIN as subject, the BIN for an employee, the certificate used.</summary>
public static class SignInPrincipal
{
    static readonly string[] Granted = [Scopes.OpenId, Scopes.OfflineAccess];

    public static ClaimsPrincipal For(SignedInHolder holder, ImmutableArray<string> requestedScopes)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, holder.Iin)
            .SetClaim(Claims.Name, holder.Name)
            .SetClaim(PlatformClaims.Certificate, holder.CertificateSerial);
        if (holder.Bin is not null) identity.SetClaim(PlatformClaims.Bin, holder.Bin);

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(requestedScopes.Intersect(Granted));
        return WithDestinations(principal);
    }

    /// <summary>Every claim goes into the access token for the platform's APIs; identity tokens carry who, not which certificate.</summary>
    public static ClaimsPrincipal WithDestinations(ClaimsPrincipal principal)
    {
        principal.SetResources(PlatformClaims.Audience);
        principal.SetDestinations(claim => claim.Type == PlatformClaims.Certificate
            ? [Destinations.AccessToken]
            : [Destinations.AccessToken, Destinations.IdentityToken]);
        return principal;
    }
}
