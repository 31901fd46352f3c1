using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using NomadPlatform.Portal.SignIn;

namespace NomadPlatform.Portal.Consoles;

/// <summary>
/// Each agency's console is for its own employees only: the officer's token must name the agency's
/// BIN (<c>Agencies:&lt;agency&gt;:Bin</c>). What they may do there, the agency's own staff register decides.
/// </summary>
public sealed class AgencyConsoles(IConfiguration configuration)
{
    public static readonly string[] Agencies = ["hubintake", "approval", "arrival", "pscissuance"];

    public static string PolicyOf(string agency) => $"console:{agency}";

    /// <summary>Where each agency's console lives in the portal.</summary>
    public static readonly IReadOnlyDictionary<string, string> Paths = new Dictionary<string, string>
    {
        ["hubintake"] = "/hub",
        ["approval"] = "/approval",
        ["arrival"] = "/arrival",
        ["pscissuance"] = "/psc",
    };

    public string? BinOf(string agency) => configuration[$"Agencies:{agency}:Bin"];

    /// <summary>The console of the signed-in officer's own agency, if any.</summary>
    public string? ConsoleOf(ClaimsPrincipal user) =>
        user.FindFirst(PortalUser.BinClaim)?.Value is { } bin ? Agencies.FirstOrDefault(a => BinOf(a) == bin) : null;

    public static void AddPolicies(AuthorizationOptions options, IConfiguration configuration)
    {
        var consoles = new AgencyConsoles(configuration);
        foreach (var agency in Agencies)
        {
            var bin = consoles.BinOf(agency);
            options.AddPolicy(PolicyOf(agency), policy => policy.RequireAuthenticatedUser()
                .RequireAssertion(c => bin is not null && c.User.FindFirst(PortalUser.BinClaim)?.Value == bin));
        }
    }
}
