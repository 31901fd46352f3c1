using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.HubIntake.Apis;

/// <summary>The register of issued endorsements: anyone holding a number gets the signed document to verify.</summary>
public static class EndorsementsApi
{
    public static IEndpointRouteBuilder MapEndorsementsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/endorsements/{number}", GetAsync).WithTags("Endorsements");
        return app;
    }

    /// <summary>The endorsement as an attached CMS (application/pkcs7-mime) over its JSON document.</summary>
    static async Task<FileContentHttpResult> GetAsync(string number, HubIntakeDbContext db, CancellationToken cancellationToken)
    {
        var signed = await db.Applications.AsNoTracking()
            .Where(a => a.EndorsementNumber == number)
            .Select(a => a.SignedEndorsement)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new CaseNotFound($"No endorsement numbered {number} was issued.");
        return TypedResults.File(signed, "application/pkcs7-mime", $"{number}.p7m");
    }
}
