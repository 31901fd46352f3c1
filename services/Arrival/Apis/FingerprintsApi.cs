using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Arrival.Domain;
using NomadPlatform.Arrival.Domain.Fingerprints;
using NomadPlatform.Arrival.Features.RegisterFingerprints;
using NomadPlatform.Arrival.Infrastructure;
using NomadPlatform.Arrival.Security;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Audit;

namespace NomadPlatform.Arrival.Apis;

public static class FingerprintsApi
{
    public static IEndpointRouteBuilder MapFingerprintsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/arrivals").WithTags("Fingerprint registration");
        var biometrics = AccessPolicies.Officer(ArrivalRoles.BiometricsOfficer);
        api.MapPost("/{caseId:guid}/fingerprints", RegisterAsync).RequireAuthorization(biometrics);
        api.MapPost("/{caseId:guid}/fingerprints/duplicate-clearance", ClearDuplicatesAsync).RequireAuthorization(biometrics);
        api.MapGet("/fingerprint-flags", OpenFlagsAsync).AuditsRead("fingerprint-flags").RequireAuthorization(biometrics);
        return app;
    }

    static async Task<Results<Ok<ArrivalView>, ValidationProblem>> RegisterAsync(
        Guid caseId, RegisterFingerprintsRequest request, Actor officer, RegisterFingerprintsHandler handler, TimeProvider time, CancellationToken cancellationToken)
    {
        var fingers = request.Fingers ?? [];
        var declared = request.Missing ?? [];
        if (fingers.Count + declared.Count > TenPrint.Fingers)
            return ArrivalsApi.Invalid(fingers.Count > TenPrint.Fingers ? "fingers" : "missing",
                $"At most {TenPrint.Fingers} entries in fingers and missing together: each finger once, printed or missing.");
        var errors = new Dictionary<string, string[]>();
        var printed = new List<(FingerPosition, byte[])>();
        for (var i = 0; i < fingers.Count; i++)
        {
            if (fingers[i]?.Position is not { } position || !Enum.IsDefined(position))
                errors[$"fingers[{i}].position"] = ["A finger position, RightThumb to LeftLittle."];
            else if (fingers[i].Template is not { Length: > 0 and <= MinutiaeRecord.MaximumLength * 2 } text || !TryDecode(text, out var template))
                errors[$"fingers[{i}].template"] = [$"The finger's ISO/IEC 19794-2 template in base64 (at most {MinutiaeRecord.MaximumLength} bytes)."];
            else
                printed.Add((position, template));
        }
        var missing = new List<MissingFinger>();
        for (var i = 0; i < declared.Count; i++)
        {
            if (declared[i]?.Position is not { } position || !Enum.IsDefined(position))
                errors[$"missing[{i}].position"] = ["A finger position, RightThumb to LeftLittle."];
            else if (declared[i].Reason is not { } reason || !Enum.IsDefined(reason))
                errors[$"missing[{i}].reason"] = ["Amputated or UnableToPrint."];
            else
                missing.Add(new MissingFinger(position, reason));
        }
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var prints = TenPrint.Check(printed, missing);
        return TypedResults.Ok(ArrivalView.Of(await handler.HandleAsync(caseId, prints, officer.Iin, cancellationToken), time.GetUtcNow()));
    }

    static async Task<Results<Ok<ArrivalView>, ValidationProblem>> ClearDuplicatesAsync(
        Guid caseId, DuplicateClearanceRequest request, Actor officer, ArrivalDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 500)
            return ArrivalsApi.Invalid("reason", "Why the matching prints are not this applicant's identity problem (at most 500 characters).");
        return await ArrivalsApi.ChangeAsync(caseId, db, time, a => a.ClearDuplicates(request.Reason.Trim(), officer.Iin, time.GetUtcNow()), cancellationToken);
    }

    /// <summary>The officers' queue: arrivals held by fingerprints that match another IIN's.</summary>
    static async Task<Ok<List<ArrivalView>>> OpenFlagsAsync(ArrivalDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var held = await db.Arrivals.AsNoTracking().Include(a => a.Fingerprints)
            .Where(a => a.Status == ArrivalStatus.AwaitingArrival && a.DuplicatesClearedAt == null && a.DuplicateFlags.Any())
            .OrderBy(a => a.WindowClosesAt)
            .Take(200)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(held.Select(a => ArrivalView.Of(a, time.GetUtcNow())).ToList());
    }

    static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = new byte[text.Length * 3 / 4 + 3];
        if (!Convert.TryFromBase64String(text, bytes, out var written)) return false;
        bytes = bytes[..written];
        return true;
    }
}
