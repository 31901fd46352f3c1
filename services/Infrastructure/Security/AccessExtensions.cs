using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NomadPlatform.Infrastructure.Outbox;
using NomadPlatform.Infrastructure.Staff;

namespace NomadPlatform.Infrastructure.Security;

public static class AccessExtensions
{
    /// <summary>
    /// Tokens from Identity, this agency's staff register with its own <paramref name="roles"/>, and the
    /// policies routes declare (<see cref="AccessPolicies"/>). A route with no policy of its own needs a
    /// signed-in caller; the authorization matrix test fails on any route that does not declare one.
    /// </summary>
    public static IHostApplicationBuilder AddAgencyAccess(this IHostApplicationBuilder builder, params string[] roles)
    {
        builder.AddDefaultAuthentication();
        var services = builder.Services;
        services.AddOptions<AgencyOptions>().BindConfiguration("Agency");
        var catalogue = new StaffRoleCatalogue(roles);
        services.AddSingleton(catalogue);
        services.AddSingleton<StaffRegister>();
        services.AddSingleton<IStaffRoles>(sp => sp.GetRequiredService<StaffRegister>());
        services.AddHttpContextAccessor();
        services.AddSingleton<IAuthorizationHandler, AccessHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccessResultHandler>();
        services.AddSingleton<IAuthorizationPolicyProvider, AccessPolicyProvider>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AccessPolicies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(AccessPolicies.Applicant, p => p.RequireAuthenticatedUser().AddRequirements(new AccessRequirement(true, [])));
        return builder;
    }

    /// <summary>Tokens read, then each route's policy applied (after problem details, before the endpoints).</summary>
    public static WebApplication UseAgencyAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>After migrations: the administrators named in configuration hold their role (twins take turns).</summary>
    public static async Task BootstrapStaffAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var agency = services.GetRequiredService<IOptions<AgencyOptions>>().Value;
        await SingleInstanceWork.AloneAsync(services, "first-start:staff",
            started => started.GetRequiredService<StaffRegister>().BootstrapAsync(agency.Administrators, cancellationToken), cancellationToken);
    }
}
