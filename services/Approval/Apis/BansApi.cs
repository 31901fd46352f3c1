using Microsoft.AspNetCore.Http.HttpResults;
using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Features.CheckEligibility;
using NomadPlatform.Approval.Features.RegisterBan;
using NomadPlatform.Approval.Security;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Audit;

namespace NomadPlatform.Approval.Apis;

public static class BansApi
{
    public static IEndpointRouteBuilder MapBansApi(this IEndpointRouteBuilder app)
    {
        var bans = app.MapGroup("/api/bans").WithTags("Ban registry");
        bans.MapPost("/", RegisterAsync).WithTags("Migration officers").RequireAuthorization(AccessPolicies.Officer(ApprovalRoles.BanRegistrar));
        bans.MapGet("/{iin}", GetAsync).AuditsRead("bans").RequireAuthorization(AccessPolicies.ApplicantOrOfficer(ApprovalRoles.BanRegistrar, ApprovalRoles.MigrationOfficer));
        return app;
    }

    static async Task<Results<Created<BanView>, ValidationProblem>> RegisterAsync(RegisterBanRequest request, Actor registrar, RegisterBanHandler handler, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Iin.TryParse(request.Iin, out var iin, out var invalid)) errors["iin"] = [invalid];
        if (!Enum.TryParse<BanReason>(request.Reason, ignoreCase: true, out var reason) || int.TryParse(request.Reason, out _))
            errors["reason"] = [$"One of: {string.Join(", ", Enum.GetNames<BanReason>())}."];
        if (request.StartsOn is null) errors["startsOn"] = ["The date the ban starts is required."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var ban = await handler.HandleAsync(iin, reason, request.StartsOn!.Value, registrar.Iin, cancellationToken);
        return TypedResults.Created($"/api/bans/{ban.Iin}", BanView.Of(ban));
    }

    /// <summary>The ban that stands today, or 404 when the person may apply.</summary>
    static async Task<Results<Ok<BanView>, ValidationProblem>> GetAsync(string iin, CheckEligibilityHandler handler, CancellationToken cancellationToken)
    {
        if (!Iin.TryParse(iin, out var parsed, out var reason))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["iin"] = [reason] });
        var ban = await handler.HandleAsync(parsed, cancellationToken) ?? throw new CaseNotFound("approval.no-ban", $"No ban stands today for IIN {iin}.");
        return TypedResults.Ok(BanView.Of(ban));
    }
}
