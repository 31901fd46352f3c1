using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NomadPlatform.Infrastructure.Staff;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.Infrastructure.Security;

/// <summary>
/// Who is acting, as the signed-in token says: a person (IIN) or an employee of an organisation (IIN
/// and BIN). Roles are this agency's roles, and only for its own employees. Handlers receive it as a
/// parameter; they never read tokens themselves.
/// </summary>
public sealed record Actor(string Iin, string? Bin, IReadOnlySet<string> Roles)
{
    static readonly IReadOnlySet<string> NoRoles = new HashSet<string>();

    /// <summary>A person acting for themselves (an applicant), not for an organisation.</summary>
    public bool IsPerson => Bin is null;

    public bool Holds(string role) => Roles.Contains(role);

    /// <summary>The person whose IIN this is, acting for themselves.</summary>
    public bool Is(string iin) => IsPerson && Iin == iin;

    public static Actor? Of(ClaimsPrincipal user) =>
        user.FindFirst(PlatformClaims.Subject)?.Value is { Length: > 0 } iin ? new Actor(iin, user.FindFirst(PlatformClaims.Bin)?.Value, NoRoles) : null;

    public static async ValueTask<Actor?> BindAsync(HttpContext context)
    {
        if (Of(context.User) is not { } actor)
            throw new InvalidOperationException("An endpoint that takes an Actor must require a signed-in caller.");
        var agency = context.RequestServices.GetRequiredService<IOptions<AgencyOptions>>().Value;
        if (actor.Bin is null || actor.Bin != agency.Bin) return actor;
        var register = context.RequestServices.GetRequiredService<IStaffRoles>();
        return actor with { Roles = await register.RolesOfAsync(actor.Iin, context.RequestAborted) };
    }
}
