using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace NomadPlatform.Identity.Infrastructure.SignIn;

/// <summary>
/// Access and identity tokens are signed JWTs that each service validates with the published keys; nothing
/// ever looks up their entries (no introspection, no reference tokens), so they are not stored, and a sign-in
/// writes its authorization and refresh token rather than four rows, each a commit. Refresh tokens stay
/// stored: redeeming and revoking one (sign-out) needs its entry.
/// </summary>
public sealed class UnstoredSelfContainedTokens : IOpenIddictServerHandler<GenerateTokenContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<GenerateTokenContext>()
        .UseSingletonHandler<UnstoredSelfContainedTokens>()
        .SetOrder(OpenIddictServerHandlers.Protection.CreateTokenEntry.Descriptor.Order - 500)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(GenerateTokenContext context)
    {
        if (context.TokenType is TokenTypeIdentifiers.AccessToken or TokenTypeIdentifiers.IdentityToken) context.CreateTokenEntry = false;
        return ValueTask.CompletedTask;
    }
}
