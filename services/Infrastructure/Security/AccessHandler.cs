using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using NomadPlatform.Infrastructure.Staff;

namespace NomadPlatform.Infrastructure.Security;

public sealed class AccessHandler(IHttpContextAccessor http, StaffRegister staff, IOptions<AgencyOptions> agency)
    : AuthorizationHandler<AccessRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
    {
        if (Actor.Of(context.User) is not { } actor) return;

        if (actor.IsPerson && requirement.Person)
        {
            var routeIin = http.HttpContext?.GetRouteValue("iin") as string;
            if (routeIin is null || routeIin == actor.Iin) context.Succeed(requirement);
            else context.Fail(new NotTheirs(this));
            return;
        }

        if (requirement.OfficerRole is { } role && actor.Bin is { } bin && bin == agency.Value.Bin
            && (await staff.RolesOfAsync(actor.Iin, http.HttpContext?.RequestAborted ?? default)).Contains(role))
            context.Succeed(requirement);
    }
}
