using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace NomadPlatform.Portal.SignIn;

/// <summary>
/// Keeps the session's access token fresh: a minute before it expires (on the platform's clock) the
/// refresh token buys a new one; when Identity refuses (the certificate revoked or expired, the session
/// signed out elsewhere), the session ends and the person signs in again.
/// </summary>
public sealed class SessionTokens(IdentityClient identity, TimeProvider time) : CookieAuthenticationEvents
{
    const string AccessToken = "access_token";
    const string RefreshToken = "refresh_token";
    const string ExpiresAt = "expires_at";

    public static void Store(AuthenticationProperties properties, TokenSet tokens) =>
        properties.StoreTokens(
        [
            new AuthenticationToken { Name = AccessToken, Value = tokens.AccessToken },
            new AuthenticationToken { Name = RefreshToken, Value = tokens.RefreshToken ?? "" },
            new AuthenticationToken { Name = ExpiresAt, Value = tokens.ExpiresAt.ToString("O", CultureInfo.InvariantCulture) },
        ]);

    public static string? AccessTokenOf(AuthenticationProperties? properties) => properties?.GetTokenValue(AccessToken);

    public static string? RefreshTokenOf(AuthenticationProperties? properties) => properties?.GetTokenValue(RefreshToken);

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var expiresAt = DateTimeOffset.Parse(context.Properties.GetTokenValue(ExpiresAt) ?? "0001-01-01T00:00:00Z", CultureInfo.InvariantCulture);
        if (expiresAt - TimeSpan.FromMinutes(1) > time.GetUtcNow()) return;

        var refreshToken = RefreshTokenOf(context.Properties);
        var answer = string.IsNullOrEmpty(refreshToken) ? null : await identity.RefreshAsync(refreshToken, context.HttpContext.RequestAborted);
        if (answer?.Tokens is not { } renewed)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        Store(context.Properties, renewed with { RefreshToken = renewed.RefreshToken ?? refreshToken });
        context.ShouldRenew = true;
    }
}
