using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NomadPlatform.Portal.Localisation;
using NomadPlatform.Portal.SignIn;

namespace NomadPlatform.Portal.Pages;

/// <summary>
/// Sign-in with EDS as on eGov: the page shows a one-time challenge from Identity, the person's NCALayer
/// signs it with their authentication key, and the portal exchanges the signature for the person's tokens.
/// </summary>
public sealed class SignInModel(IdentityClient identity, IStringLocalizer<Texts> texts) : PageModel
{
    public string ChallengeBase64 { get; private set; } = "";
    public string? Refusal { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await NewChallengeAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? signature, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(signature))
        {
            Refusal = texts["Signer.NoSignature"];
            await NewChallengeAsync(cancellationToken);
            return Page();
        }
        var answer = await identity.SignInAsync(signature, cancellationToken);
        if (answer.Tokens is not { } tokens)
        {
            Refusal = answer.Refusal;
            await NewChallengeAsync(cancellationToken);
            return Page();
        }
        var (principal, properties) = PortalUser.SessionOf(tokens);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal, properties);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    public async Task<IActionResult> OnPostSignOutAsync(CancellationToken cancellationToken)
    {
        var session = await HttpContext.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (SessionTokens.RefreshTokenOf(session.Properties) is { Length: > 0 } refreshToken)
            await identity.RevokeAsync(refreshToken, cancellationToken);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/");
    }

    async Task NewChallengeAsync(CancellationToken cancellationToken) =>
        ChallengeBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(await identity.ChallengeAsync(cancellationToken)));
}
