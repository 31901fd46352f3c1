using Microsoft.AspNetCore.Authorization;
using NomadPlatform.Identity.Features.IssueEmployeeCertificate;
using NomadPlatform.Infrastructure.Security;

namespace NomadPlatform.Identity.Security;

/// <summary>An administrator of the organisation in the route's <c>{bin}</c>, as named to the CA, signed in as its employee.</summary>
public sealed class OrganisationAdministratorRequirement : AuthorizationHandler<OrganisationAdministratorRequirement>, IAuthorizationRequirement
{
    public const string Policy = "organisation-administrator";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OrganisationAdministratorRequirement requirement)
    {
        if (context.Resource is HttpContext http && Actor.Of(context.User) is { Bin: { } bin } actor
            && http.GetRouteValue("bin") as string == bin
            && http.RequestServices.GetRequiredService<EmployeeCertificates>().IsAdministrator(bin, actor.Iin))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
