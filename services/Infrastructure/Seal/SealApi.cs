using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Staff;

namespace NomadPlatform.Infrastructure.Seal;

/// <summary>The organisation's seal for its administrators: which certificate signs now, and a new one at once after the CA revoked it.</summary>
public static class SealApi
{
    public sealed record SealView(string SerialNumber, string Organisation, DateTimeOffset NotAfter);

    public static IEndpointRouteBuilder MapSealApi(this IEndpointRouteBuilder app)
    {
        var seal = app.MapGroup("/api/seal").WithTags("Organisation seal").RequireAuthorization(AccessPolicies.Officer(StaffRoleCatalogue.Administrator));
        seal.MapGet("/", async (OrganisationSeal current, CancellationToken cancellationToken) => View(await current.GetAsync(cancellationToken)));
        seal.MapPost("/enrolment", async (OrganisationSeal current, CancellationToken cancellationToken) => View(await current.EnrolNowAsync(cancellationToken)));
        return app;
    }

    static Ok<SealView> View(X509Certificate2 seal) =>
        TypedResults.Ok(new SealView(seal.SerialNumber, OrganisationSeal.OrganisationOf(seal), new DateTimeOffset(seal.NotAfter.ToUniversalTime())));
}
