using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Localization;
using NomadPlatform.Calendar;
using NomadPlatform.Portal.Accesses;
using NomadPlatform.Portal.Agencies;
using NomadPlatform.Portal.Consoles;
using NomadPlatform.Portal.Localisation;
using NomadPlatform.Portal.SignIn;

namespace NomadPlatform.Portal.Extensions;

public static class PortalServiceExtensions
{
    public const string ApplicantPolicy = "applicant";

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section);
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddLocalization();
        services.AddSingleton(KazakhstanCalendar.Load());
        services.AddSingleton<AstanaTime>();

        // Sessions (and antiforgery tokens) outlive a restart and are read by every instance alike.
        var keys = builder.Configuration["Portal:KeysDirectory"] ?? Path.Combine(builder.Environment.ContentRootPath, ".keys");
        services.AddDataProtection().SetApplicationName("nomad-portal").PersistKeysToFileSystem(new DirectoryInfo(keys));

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "nomad-portal";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.LoginPath = "/signin";
                cookie.AccessDeniedPath = "/status/403";
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(30);
                cookie.SlidingExpiration = true;
                cookie.EventsType = typeof(SessionTokens);
            });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<TimeProvider>((cookie, time) => cookie.TimeProvider = time);
        services.AddScoped<SessionTokens>();
        // A page that declares nothing is for signed-in people only, as in every agency's service.
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(ApplicantPolicy, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => PortalUser.IsApplicant(c.User)));
        services.AddAuthorization(options => AgencyConsoles.AddPolicies(options, builder.Configuration));
        services.AddSingleton<AgencyConsoles>();

        services.AddHttpContextAccessor();
        services.AddHttpClient<IdentityClient>(http => http.BaseAddress = new Uri("http://identity"));
        services.AddTransient<PersonTokenHandler>();
        services.AddHttpClient<HubIntakeClient>(http => http.BaseAddress = new Uri("http://hubintake"))
            .AddHttpMessageHandler<PersonTokenHandler>();
        services.AddHttpClient<HubReviewClient>(http => http.BaseAddress = new Uri("http://hubintake"))
            .AddHttpMessageHandler<PersonTokenHandler>();
        services.AddHttpClient<ApprovalClient>(http => http.BaseAddress = new Uri("http://approval"))
            .AddHttpMessageHandler<PersonTokenHandler>();
        services.AddHttpClient<ApprovalReviewClient>(http => http.BaseAddress = new Uri("http://approval"))
            .AddHttpMessageHandler<PersonTokenHandler>();
        services.AddHttpClient<ArrivalClient>(http => http.BaseAddress = new Uri("http://arrival"))
            .AddHttpMessageHandler<PersonTokenHandler>();
        services.AddHttpClient<PscClient>(http => http.BaseAddress = new Uri("http://pscissuance"))
            .AddHttpMessageHandler<PersonTokenHandler>();
        services.AddHttpClient<NotificationsClient>(http => http.BaseAddress = new Uri("http://notifications"))
            .AddHttpMessageHandler<PersonTokenHandler>();
        services.AddHttpClient<IdentityRegisterClient>(http => http.BaseAddress = new Uri("http://identity"))
            .AddHttpMessageHandler<PersonTokenHandler>();
        services.AddScoped<AccessTracker>();
        services.AddScoped<AccessWording>();

        services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Applicant", ApplicantPolicy);
            pages.Conventions.AuthorizeFolder("/Hub", AgencyConsoles.PolicyOf("hubintake"));
            pages.Conventions.AuthorizeFolder("/Approval", AgencyConsoles.PolicyOf("approval"));
            pages.Conventions.AuthorizeFolder("/Arrival", AgencyConsoles.PolicyOf("arrival"));
            pages.Conventions.AuthorizeFolder("/Psc", AgencyConsoles.PolicyOf("pscissuance"));
            pages.Conventions.AllowAnonymousToPage("/Index");
            pages.Conventions.AllowAnonymousToPage("/SignIn");
            pages.Conventions.AllowAnonymousToPage("/Status");
            pages.Conventions.AllowAnonymousToPage("/CoverLetter");
        }).AddMvcOptions(InvariantFormValueProviderFactory.ReplaceIn).AddViewLocalization();
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseExceptionHandler("/status/500");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseSecurityHeaders();
        app.UseRequestLocalization(PortalCultures.Options());
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapPortal(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapLanguageSwitch();
        return app;
    }
}
