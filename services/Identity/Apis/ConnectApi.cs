using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Identity.Features.SignIn;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Reasons;
using NomadPlatform.ServiceDefaults;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace NomadPlatform.Identity.Apis;

/// <summary>
/// EDS sign-in: a one-time challenge, then the token endpoint (OpenIddict validates the request first).
/// Discovery, JWKS and revocation (sign-out) are answered by OpenIddict itself.
/// </summary>
public static class ConnectApi
{
    public sealed record ChallengeView(string Challenge, DateTimeOffset ExpiresAt);

    /// <summary>Optionally, the IIN of the person about to sign in: then only their certificate can answer the challenge.</summary>
    public sealed record ChallengeRequest(string? Iin);

    public static IEndpointRouteBuilder MapConnectApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/challenge", IssueChallengeAsync).AllowAnonymous().WithTags("Sign-in");
        app.MapPost("/connect/token", ExchangeAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    static async Task<Results<Ok<ChallengeView>, ValidationProblem>> IssueChallengeAsync(
        IssueChallengeHandler handler, CancellationToken cancellationToken, ChallengeRequest? request = null)
    {
        if (request?.Iin is { } iin && !Iin.TryParse(iin, out _, out var reason))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["iin"] = [reason] });
        var challenge = await handler.HandleAsync(request?.Iin, cancellationToken);
        return TypedResults.Ok(new ChallengeView(challenge.Value, challenge.ExpiresAt));
    }

    static async Task<IResult> ExchangeAsync(
        HttpContext context, EdsSignInHandler signIn, IdentityDbContext db, ReasonTexts texts, TimeProvider time, CancellationToken cancellationToken)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The token endpoint was reached without OpenIddict's request.");

        if (request.GrantType == EdsGrant.Type)
        {
            var (holder, refusal) = await signIn.HandleAsync((string?)request[EdsGrant.SignatureParameter], cancellationToken);
            return holder is null
                ? Refuse(Errors.InvalidGrant, texts.Write(refusal!.Reason, context))
                : Results.SignIn(SignInPrincipal.For(holder, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsRefreshTokenGrantType())
        {
            var principal = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            var serial = principal?.GetClaim(PlatformClaims.Certificate);
            var certificate = serial is null ? null : await db.IssuedCertificates.AsNoTracking().SingleOrDefaultAsync(c => c.SerialNumber == serial, cancellationToken);
            // A refresh is a sign-in that did not need the key again: the certificate must still be good.
            if (principal is null || certificate is null || certificate.StatusAt(time.GetUtcNow()) != "Good")
                return Refuse(Errors.InvalidGrant, texts.Write(NoLongerValid, context));
            return Results.SignIn(SignInPrincipal.WithDestinations(principal), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsClientCredentialsGrantType())
            return Results.SignIn(SystemPrincipal.For(request), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

        return Refuse(Errors.UnsupportedGrantType, $"Use {EdsGrant.Type} to sign in, or refresh_token.");
    }

    static readonly Reason NoLongerValid =
        new("signin.no-longer-valid", $"The certificate this sign-in used is no longer valid (revoked or expired); sign in again with a valid one.");

    /// <summary>An OAuth error; its description in the reader's language (<c>Accept-Language</c>).</summary>
    static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
