using NomadPlatform.Identity.Features.SignIn;
using NomadPlatform.Infrastructure.Metrics;
using OpenIddict.Server;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace NomadPlatform.Identity.Infrastructure.SignIn;

/// <summary>
/// Counts every refused token request, whichever step refused it (OpenIddict's own validation, a bad EDS
/// signature, a revoked certificate). The grant is named only from the platform's own list: a caller's
/// made-up grant type must not become a new metric series.
/// </summary>
public sealed class SignInRefusals(PlatformMetrics metrics) : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    static readonly HashSet<string> Grants = [EdsGrant.Type, GrantTypes.RefreshToken, GrantTypes.ClientCredentials];

    public ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        if (context.Response.Error is { } error)
        {
            var grant = context.Request?.GrantType;
            metrics.SignInRefused(grant is not null && Grants.Contains(grant) ? grant : "other", KnownErrors.Contains(error) ? error : "other");
        }
        return ValueTask.CompletedTask;
    }

    static readonly HashSet<string> KnownErrors =
    [
        OpenIddictConstants.Errors.InvalidRequest, OpenIddictConstants.Errors.InvalidClient, OpenIddictConstants.Errors.InvalidGrant,
        OpenIddictConstants.Errors.UnauthorizedClient, OpenIddictConstants.Errors.UnsupportedGrantType, OpenIddictConstants.Errors.InvalidScope,
        OpenIddictConstants.Errors.AccessDenied, OpenIddictConstants.Errors.ServerError,
    ];
}
