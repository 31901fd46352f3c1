using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NomadPlatform.Infrastructure.Staff;

namespace NomadPlatform.Infrastructure.Security;

/// <summary>
/// A person passes only for what is theirs: the route's <c>{iin}</c> is their own, and the route's
/// <c>{caseId}</c> is a case this agency holds for their IIN. An officer passes with one of the
/// requirement's roles in this agency's staff register, and only as this agency's employee.
/// </summary>
public sealed class AccessHandler(IHttpContextAccessor http, IStaffRoles staff, IOptions<AgencyOptions> agency)
    : AuthorizationHandler<AccessRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
    {
        if (Actor.Of(context.User) is not { } actor || http.HttpContext is not { } request) return;

        if (actor.IsPerson && requirement.Person)
        {
            if (await OwnsAsync(actor, request)) context.Succeed(requirement);
            else context.Fail(new NotTheirs(this));
            return;
        }

        if (requirement.OfficerRoles.Count > 0 && actor.Bin is { } bin && bin == agency.Value.Bin)
        {
            var held = await staff.RolesOfAsync(actor.Iin, request.RequestAborted);
            if (requirement.OfficerRoles.Any(held.Contains)) context.Succeed(requirement);
        }
    }

    static async Task<bool> OwnsAsync(Actor actor, HttpContext request)
    {
        if (request.GetRouteValue("iin") is string iin && iin != actor.Iin) return false;
        if (request.GetRouteValue("caseId") is not string caseRoute) return true;
        if (!Guid.TryParse(caseRoute, out var caseId)) return false;
        var owners = request.RequestServices.GetService<ICaseOwners>()
            ?? throw new InvalidOperationException("A route with {caseId} open to applicants needs the agency's ICaseOwners.");
        return await owners.ApplicantOfAsync(caseId, request.RequestAborted) == actor.Iin;
    }
}
