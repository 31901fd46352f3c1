using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.IdentityModel.JsonWebTokens;

namespace NomadPlatform.Portal.SignIn;

/// <summary>
/// The signed-in person as the portal's session holds them: their IIN and, for an officer, their
/// organisation's BIN, both read from the access token Identity issued; the tokens themselves stay in
/// the encrypted session cookie, never in the page.
/// </summary>
public static class PortalUser
{
    public const string IinClaim = "iin";
    public const string BinClaim = "bin";

    public static string Iin(this ClaimsPrincipal user) => user.FindFirstValue(IinClaim) ?? throw new InvalidOperationException("No one is signed in.");

    public static bool IsApplicant(ClaimsPrincipal user) => user.FindFirst(IinClaim) is not null && user.FindFirst(BinClaim) is null;

    public static (ClaimsPrincipal Principal, AuthenticationProperties Properties) SessionOf(TokenSet tokens)
    {
        var token = new JsonWebToken(tokens.AccessToken);
        var claims = new List<Claim> { new(IinClaim, token.Subject) };
        if (token.TryGetPayloadValue<string>(BinClaim, out var bin)) claims.Add(new Claim(BinClaim, bin));
        var properties = new AuthenticationProperties();
        SessionTokens.Store(properties, tokens);
        return (new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, IinClaim, null)), properties);
    }
}
