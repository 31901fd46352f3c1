using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Security;

namespace NomadPlatform.Infrastructure.Staff;

/// <summary>The agency's administrators grant and withdraw its roles; every change is kept with who made it.</summary>
public static class StaffApi
{
    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/staff").WithTags("Staff register").RequireAuthorization(AccessPolicies.Officer(StaffRoleCatalogue.Administrator));
        staff.MapGet("/", HistoryAsync);
        staff.MapGet("/roles", (StaffRoleCatalogue catalogue) => TypedResults.Ok(catalogue.Roles.Order().ToList()));
        staff.MapPost("/{iin}/roles", GrantAsync);
        staff.MapDelete("/{iin}/roles/{role}", WithdrawAsync);
        // Any employee of this agency holding a role here: what their console may offer them.
        var catalogue = app.ServiceProvider.GetRequiredService<StaffRoleCatalogue>();
        app.MapGet("/api/staff/me", MyRolesAsync).WithTags("Staff register").RequireAuthorization(AccessPolicies.Officer([.. catalogue.Roles.Order()]));
        return app;
    }

    public sealed record GrantRoleRequest(string? Role);

    public sealed record StaffRoleView(string Iin, string Role, string GrantedBy, DateTimeOffset GrantedAt, string? WithdrawnBy, DateTimeOffset? WithdrawnAt)
    {
        public static StaffRoleView Of(StaffRoleGrant g) => new(g.Iin, g.Role, g.GrantedBy, g.GrantedAt, g.WithdrawnBy, g.WithdrawnAt);
    }

    public sealed record MyRolesView(string Iin, IReadOnlyList<string> Roles);

    static async Task<Ok<MyRolesView>> MyRolesAsync(Actor actor, StaffRegister register, CancellationToken cancellationToken) =>
        TypedResults.Ok(new MyRolesView(actor.Iin, (await register.RolesOfAsync(actor.Iin, cancellationToken)).Order().ToList()));

    static async Task<Ok<List<StaffRoleView>>> HistoryAsync(StaffRegister register, CancellationToken cancellationToken, int limit = 200) =>
        TypedResults.Ok((await register.HistoryAsync(Math.Clamp(limit, 1, 1000), cancellationToken)).Select(StaffRoleView.Of).ToList());

    static async Task<Results<Created<StaffRoleView>, ValidationProblem>> GrantAsync(
        string iin, GrantRoleRequest request, Actor actor, StaffRegister register, CancellationToken cancellationToken)
    {
        if (!Iin.TryParse(iin, out _, out var reason)) return Invalid("iin", reason);
        if (string.IsNullOrWhiteSpace(request.Role) || request.Role.Length > 50) return Invalid("role", "The role to grant.");
        var grant = await register.GrantAsync(iin, request.Role.Trim(), actor.Iin, cancellationToken);
        return TypedResults.Created($"/api/staff/{iin}/roles", StaffRoleView.Of(grant));
    }

    static async Task<Results<Ok<StaffRoleView>, ValidationProblem>> WithdrawAsync(
        string iin, string role, Actor actor, StaffRegister register, CancellationToken cancellationToken)
    {
        if (!Iin.TryParse(iin, out _, out var reason)) return Invalid("iin", reason);
        if (role.Length > 50) return Invalid("role", "The role to withdraw.");
        return TypedResults.Ok(StaffRoleView.Of(await register.WithdrawAsync(iin, role, actor.Iin, cancellationToken)));
    }

    static ValidationProblem Invalid(string field, string reason) => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] });
}
