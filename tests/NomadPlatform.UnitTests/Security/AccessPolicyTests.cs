using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Staff;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.UnitTests.Security;

/// <summary>The rules every route's policy rests on: who is a case's owner, which roles count, and which names are policies at all.</summary>
public sealed class AccessPolicyTests
{
    const string AgencyBin = "180540000012";
    const string Owner = "791028302728";
    const string Officer = "880730300010";
    static readonly Guid OwnersCase = Guid.NewGuid();
    static readonly StaffRoleCatalogue Catalogue = new(["DocumentReviewer", "Interviewer"]);

    [Fact]
    public async Task Officer_policies_are_built_from_their_names_and_a_role_the_agency_lacks_fails_loudly()
    {
        var provider = new AccessPolicyProvider(Options.Create(new AuthorizationOptions()), Catalogue);

        var policy = await provider.GetPolicyAsync(AccessPolicies.ApplicantOrOfficer("DocumentReviewer", "Interviewer"));
        var requirement = Assert.IsType<AccessRequirement>(Assert.Single(policy!.Requirements, r => r is AccessRequirement));

        Assert.True(requirement.Person);
        Assert.Equal(["DocumentReviewer", "Interviewer"], requirement.OfficerRoles);
        await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetPolicyAsync(AccessPolicies.Officer("Endorser")));
        Assert.Null(await provider.GetPolicyAsync("no-such-policy"));
    }

    [Theory]
    [InlineData(Owner, null, "iin", Owner, true)]
    [InlineData(Owner, null, "iin", "900101300015", false)] // another person's IIN
    [InlineData(Owner, null, "caseId", "owners-case", true)]
    [InlineData("900101300015", null, "caseId", "owners-case", false)] // another person's case
    [InlineData(Owner, null, "caseId", "unknown-case", false)]
    [InlineData(Officer, AgencyBin, "caseId", "owners-case", false)] // an employee is not the applicant
    public async Task A_person_passes_only_for_their_own_iin_or_case(string iin, string? bin, string routeName, string routeValue, bool passes)
    {
        var value = routeValue switch { "owners-case" => OwnersCase.ToString(), "unknown-case" => Guid.NewGuid().ToString(), _ => routeValue };
        var (context, http) = await AuthorizeAsync(new AccessRequirement(true, []), iin, bin, routeName, value, staffRoles: []);

        Assert.Equal(passes, context.HasSucceeded);
        if (!passes && bin is null) Assert.Contains(context.FailureReasons, r => r is NotTheirs); // answered 404
    }

    [Theory]
    [InlineData(AgencyBin, "Interviewer", true)]
    [InlineData(AgencyBin, "DocumentReviewer", false)] // the agency's employee, without the role
    [InlineData("010140000014", "Interviewer", false)] // the same role name, held at another agency
    public async Task An_officer_passes_with_one_of_the_roles_in_this_agencys_register(string bin, string held, bool passes)
    {
        var (context, _) = await AuthorizeAsync(new AccessRequirement(false, ["Interviewer", "Endorser"]), Officer, bin, "caseId", OwnersCase.ToString(), [held]);

        Assert.Equal(passes, context.HasSucceeded);
    }

    static async Task<(AuthorizationHandlerContext, HttpContext)> AuthorizeAsync(
        AccessRequirement requirement, string iin, string? bin, string routeName, string routeValue, string[] staffRoles)
    {
        var services = new ServiceCollection()
            .AddSingleton<ICaseOwners>(new OneCase())
            .BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.RouteValues[routeName] = routeValue;
        var claims = new List<Claim> { new(PlatformClaims.Subject, iin) };
        if (bin is not null) claims.Add(new Claim(PlatformClaims.Bin, bin));
        var user = new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
        var handler = new AccessHandler(new HttpContextAccessor { HttpContext = http }, new FixedRoles(staffRoles),
            Options.Create(new AgencyOptions { Bin = AgencyBin }));
        var context = new AuthorizationHandlerContext([requirement], user, http);
        await handler.HandleAsync(context);
        return (context, http);
    }

    sealed class OneCase : ICaseOwners
    {
        public Task<string?> ApplicantOfAsync(Guid caseId, CancellationToken cancellationToken) => Task.FromResult(caseId == OwnersCase ? Owner : null);
    }

    /// <summary>The officer's roles as the register would answer (the register itself is exercised on the running platform).</summary>
    sealed class FixedRoles(string[] roles) : IStaffRoles
    {
        public Task<IReadOnlySet<string>> RolesOfAsync(string iin, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlySet<string>>(iin == Officer ? roles.ToHashSet() : new HashSet<string>());
    }
}
