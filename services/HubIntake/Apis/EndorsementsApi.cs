using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.HubIntake.Apis;

/// <summary>
/// The register of issued endorsements, public on purpose: anyone holding a number (it is printed on the
/// endorsement) gets the signed document to verify, which holds only what is printed on it.
/// </summary>
public static class EndorsementsApi
{
    public static IEndpointRouteBuilder MapEndorsementsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/endorsements/{number}", GetAsync).WithTags("Endorsements").AllowAnonymous();
        return app;
    }

    /// <summary>The endorsement as an attached CMS (application/pkcs7-mime) over its JSON document.</summary>
    static async Task<FileContentHttpResult> GetAsync(string number, HubIntakeDbContext db, CancellationToken cancellationToken)
    {
        var signed = await db.Applications.AsNoTracking()
            .Where(a => a.EndorsementNumber == number)
            .Select(a => a.SignedEndorsement)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new CaseNotFound("hub.endorsement-unknown", $"No endorsement numbered {number} was issued.");
        return TypedResults.File(signed, "application/pkcs7-mime", $"{number}.p7m");
    }
}
