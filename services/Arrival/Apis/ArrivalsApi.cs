using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Arrival.Features.CompleteArrival;
using NomadPlatform.Arrival.Infrastructure;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Arrival.Apis;

public static class ArrivalsApi
{
    public static IEndpointRouteBuilder MapArrivalsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/arrivals").WithTags("Arrivals");
        api.MapGet("/{caseId:guid}", GetAsync);
        api.MapPost("/{caseId:guid}/entry", RecordEntryAsync).WithTags("Border service");
        api.MapPost("/{caseId:guid}/completion", CompleteAsync).WithTags("Migration police");
        return app;
    }

    static async Task<Ok<ArrivalView>> GetAsync(Guid caseId, ArrivalDbContext db, CancellationToken cancellationToken)
    {
        var arrival = await db.Arrivals.AsNoTracking().SingleOrDefaultAsync(a => a.CaseId == caseId, cancellationToken)
            ?? throw CaseNotFound.For("arrival window", caseId);
        return TypedResults.Ok(ArrivalView.Of(arrival));
    }

    static async Task<Results<Ok<ArrivalView>, ValidationProblem>> RecordEntryAsync(
        Guid caseId, RecordEntryRequest request, ArrivalDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.EnteredOn is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["enteredOn"] = ["The date of entry into Kazakhstan."] });
        var arrival = await db.Arrivals.FindAsync([caseId], cancellationToken) ?? throw CaseNotFound.For("arrival window", caseId);
        arrival.RecordEntry(request.EnteredOn.Value, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ArrivalView.Of(arrival));
    }

    static async Task<Results<Ok<ArrivalView>, ValidationProblem>> CompleteAsync(
        Guid caseId, CompleteArrivalRequest request, CompleteArrivalHandler handler, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.HousingAddress) || request.HousingAddress.Length > 300)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["housingAddress"] = ["The housing contract's address is required (at most 300 characters)."] });
        return TypedResults.Ok(ArrivalView.Of(await handler.HandleAsync(caseId, request.HousingAddress.Trim(), cancellationToken)));
    }
}
