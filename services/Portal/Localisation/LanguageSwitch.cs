using Microsoft.AspNetCore.Localization;

namespace NomadPlatform.Portal.Localisation;

public static class LanguageSwitch
{
    /// <summary>The language buttons every page carries: the choice is kept a year, then back to the page.</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapPost("/language", (HttpContext http, [Microsoft.AspNetCore.Mvc.FromForm] string language, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            if (!PortalCultures.Names.Contains(language))
                return Results.Problem($"One of: {string.Join(", ", PortalCultures.Names)}.", statusCode: StatusCodes.Status400BadRequest, title: "Unknown language.");
            http.Response.Cookies.Append(PortalCultures.CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            // Only back to a page of this portal.
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") ? returnUrl : "/");
        }).AllowAnonymous();
        return app;
    }
}
