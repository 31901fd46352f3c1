using Microsoft.Extensions.Options;
using NomadPlatform.Identity.Features.SignIn;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Identity.Infrastructure.SignIn;
using NomadPlatform.ServiceDefaults;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace NomadPlatform.Identity.Extensions;

public static class IdentitySignInExtensions
{
    /// <summary>
    /// Identity as the platform's OpenID Connect provider (OpenIddict, stores in Identity's database):
    /// EDS sign-in, short-lived access tokens (JWT, audience nomad-platform, not stored), refresh and revocation.
    /// </summary>
    public static WebApplicationBuilder AddEdsSignIn(this WebApplicationBuilder builder)
    {
        var issuer = builder.Configuration["Identity:Authority"]
            ?? throw new InvalidOperationException("Identity:Authority (this service's public address) is the tokens' issuer and must be set.");
        var lifetimes = builder.Configuration.GetSection("SignIn");
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                server.SetIssuer(new Uri(issuer))
                    .SetTokenEndpointUris("connect/token")
                    .SetRevocationEndpointUris("connect/revoke")
                    .AllowCustomFlow(EdsGrant.Type)
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow()
                    .RegisterScopes(Scopes.OpenId, Scopes.OfflineAccess)
                    .RegisterScopes(SystemClaims.Services.Select(SystemClaims.AudienceOf).ToArray())
                    .SetAccessTokenLifetime(lifetimes.GetValue("AccessTokenLifetime", TimeSpan.FromMinutes(10)))
                    .SetIdentityTokenLifetime(lifetimes.GetValue("AccessTokenLifetime", TimeSpan.FromMinutes(10)))
                    .SetRefreshTokenLifetime(lifetimes.GetValue("RefreshTokenLifetime", TimeSpan.FromHours(8)))
                    // Services validate access tokens themselves with the published keys: signed, not encrypted.
                    .DisableAccessTokenEncryption();
                server.AddEventHandler<OpenIddictServerEvents.ApplyTokenResponseContext>(handler => handler.UseSingletonHandler<SignInRefusals>().SetOrder(int.MinValue + 100_000));
                server.AddEventHandler(UnstoredSelfContainedTokens.Descriptor);
                var aspNetCore = server.UseAspNetCore().EnableTokenEndpointPassthrough();
                if (issuer.StartsWith("http:", StringComparison.OrdinalIgnoreCase)) aspNetCore.DisableTransportSecurityRequirement();
            });
        builder.Services.AddSingleton<TokenKeyStore>();
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, TokenKeysConfiguration>();
        builder.Services.AddScoped<IssueChallengeHandler>();
        builder.Services.AddScoped<EdsSignInHandler>();
        return builder;
    }

    /// <summary>
    /// The public clients people sign in through (each created once): terminal tools, and the portal's
    /// pages. Neither holds a secret: what proves the person is their EDS signature over the challenge.
    /// </summary>
    public static async Task RegisterSignInClientsAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var (clientId, name) in new[] { (EdsGrant.CliClient, "NomadPlatform terminal tools"), (EdsGrant.PortalClient, "NomadPlatform portal") })
        {
            if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not null) continue;
            await applications.CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = clientId,
                ClientType = ClientTypes.Public,
                DisplayName = name,
                Permissions =
                {
                    Permissions.Endpoints.Token,
                    Permissions.Endpoints.Revocation,
                    Permissions.GrantTypes.RefreshToken,
                    Permissions.Prefixes.GrantType + EdsGrant.Type,
                    Permissions.Prefixes.Scope + Scopes.OfflineAccess,
                },
            }, cancellationToken);
        }
    }
}
