using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Identity.Features.RegisterPerson;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Identity.Security;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Audit;

namespace NomadPlatform.Identity.Apis;

public static class PersonsApi
{
    public static RouteGroupBuilder MapPersonsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/persons").WithTags("Persons");
        api.MapPost("/", RegisterPersonAsync).RequireAuthorization(AccessPolicies.Officer(IdentityRoles.ConsularOfficer));
        api.MapGet("/{iin}", GetPersonAsync).AuditsRead("person").RequireAuthorization(AccessPolicies.ApplicantOrOfficer(IdentityRoles.ConsularOfficer));
        return api;
    }

    static async Task<Results<Created<RegisterPersonResult>, Ok<RegisterPersonResult>, ValidationProblem>> RegisterPersonAsync(
        RegisterPersonRequest request, RegisterPersonHandler handler, TimeProvider time, CancellationToken cancellationToken)
    {
        // Today anywhere on earth (UTC+14): a birth date after it has not happened in any passport's country.
        var errors = RegisterPersonValidator.Validate(request, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddHours(14)));
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var result = await handler.HandleAsync(request, cancellationToken);
        return result.Created ? TypedResults.Created($"/api/persons/{result.Iin}", result) : TypedResults.Ok(result);
    }

    static async Task<Results<Ok<PersonView>, ValidationProblem, ProblemHttpResult>> GetPersonAsync(
        string iin, IdentityDbContext db, CancellationToken cancellationToken)
    {
        if (!Iin.TryParse(iin, out _, out var reason))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["iin"] = [reason] });
        var person = await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Iin == iin, cancellationToken);
        return person is null
            ? throw new CaseNotFound("identity.person-unknown", $"No person holds IIN {iin}.")
            : TypedResults.Ok(new PersonView(person.Id, person.Iin, person.Surname, person.GivenName, person.BirthDate, person.Sex.ToString(),
                person.Citizenships, person.Passports.Select(p => new PassportView(p.Number, p.Country, p.ExpiresOn)).ToList()));
    }
}
