using Aspire.Hosting.Testing;
using NomadPlatform.NcaLayer;

namespace NomadPlatform.BrowserTests;

/// <summary>
/// The whole platform through the AppHost with the portal, a development NCALayer on a free port (the
/// portal's pages are told where it is), and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class PortalPlatform() : LocalPlatform(withDashboard: false), IAsyncLifetime
{
    NcaLayerServer? _signer;
    IPlaywright? _playwright;

    /// <summary>The keys the signer holds now: the person at the keyboard.</summary>
    public NcaLayerKeys SignerKeys { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public Uri PortalUrl { get; private set; } = null!;

    protected override async Task<IReadOnlyList<(string Service, string Name, string Value)>> ServiceSettingsAsync()
    {
        _signer = await NcaLayerServer.StartAsync(SignerKeys, port: 0, () => Now);
        return [("portal", "Portal:NcaLayerUrl", _signer.Url.ToString())];
    }

    public async Task InitializeAsync()
    {
        await StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await App.ResourceNotifications.WaitForResourceHealthyAsync("portal", timeout.Token);
        PortalUrl = App.GetEndpoint("portal", "http");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("NOMAD_CHROMIUM") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox"],
        });
    }

    /// <summary>A fresh browser profile (no cookies) in <paramref name="language"/>, accepting the dev signer's certificate.</summary>
    public async Task<IPage> NewPageAsync(string language = "en")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = PortalUrl.ToString(),
            IgnoreHTTPSErrors = true,
            Locale = language,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = language },
        });
        return await context.NewPageAsync();
    }

    /// <summary>A person registered at a foreign institution, holding an IIN and an EDS signing key.</summary>
    public async Task<CaseJourney> RegisteredApplicantAsync(string citizenship = "DE")
    {
        var applicant = new CaseJourney(this);
        await applicant.RegisterAsync($"C{Random.Shared.Next(10_000_000, 99_999_999)}", Today.AddYears(5), citizenship);
        return applicant;
    }

    /// <summary>The person holding <paramref name="authentication"/> signs in through the signer, in a fresh browser profile.</summary>
    public async Task<IPage> SignedInPageAsync(NomadPlatform.Eds.EdsKeyFile authentication, NomadPlatform.Eds.EdsKeyFile? signing = null, string language = "en")
    {
        SignerKeys.Use(authentication, signing);
        var page = await NewPageAsync(language);
        await page.GotoAsync("/signin");
        await page.ClickAsync("[data-sign]");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        return page;
    }

    /// <summary>A new officer of <paramref name="agency"/> holding <paramref name="role"/>, signed in a fresh browser profile.</summary>
    public async Task<IPage> OfficerPageAsync(string agency, string role, string language = "en") =>
        await SignedInPageAsync((await Staff.OfficerAsync(agency, role)).AuthenticationKey, language: language);

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await DisposeAsync();
        if (_signer is not null) await _signer.DisposeAsync();
    }
}
