using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Approval.Domain.FamilyVisas;
using NomadPlatform.Approval.Features.FamilyVisas;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Approval.Security;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Audit;

namespace NomadPlatform.Approval.Apis;

public static class FamilyVisasApi
{
    public static IEndpointRouteBuilder MapFamilyVisasApi(this IEndpointRouteBuilder app)
    {
        var visas = app.MapGroup("/api/family-visas").WithTags("C2 family visas").RequireAuthorization(AccessPolicies.Officer(ApprovalRoles.MigrationOfficer));
        visas.MapPost("/", IssueAsync);
        visas.MapGet("/{number}", GetAsync).AuditsRead("family-visa");
        visas.MapPost("/{number}/renewal", RenewAsync);
        return app;
    }

    static async Task<Results<Created<FamilyVisaView>, ValidationProblem>> IssueAsync(FamilyVisaRequest request, Actor officer, FamilyVisaHandler handler, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.PrincipalCaseId is null) errors["principalCaseId"] = ["The principal's case id."];
        if (string.IsNullOrWhiteSpace(request.FullName) || request.FullName.Length > 200) errors["fullName"] = ["The family member's full name, at most 200 characters."];
        if (!Enum.TryParse<FamilyRelationship>(request.Relationship, ignoreCase: true, out var relationship) || int.TryParse(request.Relationship, out _))
            errors["relationship"] = ["Spouse or Child (a C2 visa is for the principal's spouse and children)."];
        if (request.BirthDate is null) errors["birthDate"] = ["The family member's birth date."];
        if (request.PassportNumber is not { Length: >= 5 and <= 20 } passport || !passport.All(char.IsAsciiLetterOrDigit)) errors["passportNumber"] = ["The passport number, 5 to 20 letters and digits."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var visa = await handler.IssueAsync(request.PrincipalCaseId!.Value, request.FullName!.Trim(), relationship, request.BirthDate!.Value, request.PassportNumber!, officer.Iin, cancellationToken);
        return TypedResults.Created($"/api/family-visas/{visa.Number}", FamilyVisaView.Of(visa));
    }

    static async Task<Ok<FamilyVisaView>> GetAsync(string number, ApprovalDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(FamilyVisaView.Of(await db.FamilyVisas.AsNoTracking().SingleOrDefaultAsync(v => v.Number == number, cancellationToken)
            ?? throw new CaseNotFound("approval.visa-unknown", $"No C2 visa numbered {number}.")));

    static async Task<Ok<FamilyVisaView>> RenewAsync(string number, Actor officer, FamilyVisaHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(FamilyVisaView.Of(await handler.RenewAsync(number, officer.Iin, cancellationToken)));
}
