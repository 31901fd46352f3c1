using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace NomadPlatform.Portal.Localisation;

/// <summary>The programme's languages: Kazakh, Russian and English (the cover letter's languages too).</summary>
public static class PortalCultures
{
    public const string CookieName = "nomad-language";
    public static readonly string[] Names = ["kk", "ru", "en"];

    /// <summary>The reader's choice (cookie), else what the browser asks for (Accept-Language), else English.</summary>
    public static RequestLocalizationOptions Options()
    {
        var cultures = Names.Select(n => new CultureInfo(n)).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("en"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        options.RequestCultureProviders =
        [
            new CookieRequestCultureProvider { CookieName = CookieName },
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        return options;
    }
}
