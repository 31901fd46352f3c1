using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NomadPlatform.Calendar;
using NomadPlatform.Arrival.Domain;
using NomadPlatform.Arrival.Features.CompleteArrival;
using NomadPlatform.Arrival.Infrastructure;
using NomadPlatform.Arrival.Security;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Audit;

namespace NomadPlatform.Arrival.Apis;

public static class ArrivalsApi
{
    public static IEndpointRouteBuilder MapArrivalsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/arrivals").WithTags("Arrivals");
        api.MapGet("/", WorklistAsync).AuditsRead("arrival-worklist").WithTags("Arrival officers").RequireAuthorization(AccessPolicies.Officer(ArrivalRoles.All));
        api.MapGet("/overdue", OverdueAsync).AuditsRead("overdue-arrivals").WithTags("Migration police").RequireAuthorization(AccessPolicies.Officer(ArrivalRoles.MigrationPoliceOfficer));
        api.MapGet("/{caseId:guid}", GetAsync).AuditsRead("arrival").RequireAuthorization(AccessPolicies.ApplicantOrOfficer(ArrivalRoles.All));
        api.MapPost("/{caseId:guid}/entry", RecordEntryAsync).WithTags("Border service").RequireAuthorization(AccessPolicies.Officer(ArrivalRoles.BorderOfficer));
        api.MapPost("/{caseId:guid}/medical-examination", RecordMedicalExaminationAsync).WithTags("Clinics")
            .RequireAuthorization(AccessPolicies.Officer(ArrivalRoles.MigrationPoliceOfficer));
        api.MapPost("/{caseId:guid}/housing-contract", RecordHousingContractAsync).WithTags("Migration police")
            .RequireAuthorization(AccessPolicies.Officer(ArrivalRoles.MigrationPoliceOfficer));
        api.MapPost("/{caseId:guid}/completion", CompleteAsync).WithTags("Migration police").RequireAuthorization(AccessPolicies.Officer(ArrivalRoles.MigrationPoliceOfficer));
        return app;
    }

    static async Task<Ok<ArrivalView>> GetAsync(Guid caseId, Actor reader, ArrivalDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var arrival = await db.Arrivals.AsNoTracking().Include(a => a.Fingerprints).SingleOrDefaultAsync(a => a.CaseId == caseId, cancellationToken)
            ?? throw CaseNotFound.For("arrival window", caseId);
        var view = ArrivalView.Of(arrival, time.GetUtcNow());
        return TypedResults.Ok(reader.IsPerson ? view.ForApplicant() : view);
    }

    /// <summary>Arrivals in one status (by default those awaited), the window closing first; completed and no-show ones the latest first.</summary>
    static async Task<Results<Ok<List<ArrivalRow>>, ValidationProblem>> WorklistAsync(
        ArrivalDbContext db, TimeProvider time, CancellationToken cancellationToken, string? status = null, int limit = 200)
    {
        var wanted = ArrivalStatus.AwaitingArrival;
        if (status is not null && (!Enum.TryParse(status, ignoreCase: true, out wanted) || int.TryParse(status, out _)))
            return Invalid("status", $"One of: {string.Join(", ", Enum.GetNames<ArrivalStatus>())}.");
        if (limit is < 1 or > 500) return Invalid("limit", "From 1 to 500.");
        var inStatus = db.Arrivals.AsNoTracking().Where(a => a.Status == wanted);
        var ordered = wanted == ArrivalStatus.AwaitingArrival ? inStatus.OrderBy(a => a.WindowClosesAt) : inStatus.OrderByDescending(a => a.WindowClosesAt);
        var now = time.GetUtcNow();
        return TypedResults.Ok((await ordered.Take(limit).ToListAsync(cancellationToken)).Select(a => ArrivalRow.Of(a, now)).ToList());
    }

    /// <summary>The migration police's worklist: applicants who entered and whose steps after entry are overdue, longest first.</summary>
    static async Task<Ok<List<ArrivalView>>> OverdueAsync(ArrivalDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var overdue = await db.Arrivals.AsNoTracking().Include(a => a.Fingerprints)
            .Where(a => a.Status == ArrivalStatus.AwaitingArrival && a.StepsDueAt < now)
            .OrderBy(a => a.StepsDueAt)
            .Take(200)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(overdue.Select(a => ArrivalView.Of(a, now)).ToList());
    }

    static async Task<Results<Ok<ArrivalView>, ValidationProblem>> RecordEntryAsync(
        Guid caseId, RecordEntryRequest request, Actor officer, ArrivalDbContext db, KazakhstanCalendar calendar, IOptions<ArrivalOptions> options,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.EnteredOn is null)
            return Invalid("enteredOn", "The date of entry into Kazakhstan.");
        var now = time.GetUtcNow();
        var stepsDueAt = calendar.DeadlineAfter(now, options.Value.PostEntryStepsBusinessDays);
        return await ChangeAsync(caseId, db, time, a => a.RecordEntry(request.EnteredOn.Value, officer.Iin, now, stepsDueAt), cancellationToken);
    }

    static async Task<Results<Ok<ArrivalView>, ValidationProblem>> RecordMedicalExaminationAsync(
        Guid caseId, MedicalExaminationRequest request, Actor officer, ArrivalDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.ExaminedOn is null) return Invalid("examinedOn", "The date of the examination.");
        if (request.Result is null) return Invalid("result", "Fit or Unfit.");
        var examination = MedicalExamination.Of(request.ExaminedOn.Value, request.Clinic, request.CertificateNumber, request.Result == MedicalResult.Fit, request.Reason);
        return await ChangeAsync(caseId, db, time, a => a.RecordMedicalExamination(examination, officer.Iin, time.GetUtcNow()), cancellationToken);
    }

    static async Task<Results<Ok<ArrivalView>, ValidationProblem>> RecordHousingContractAsync(
        Guid caseId, HousingContractRequest request, Actor officer, ArrivalDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.StartsOn is null) return Invalid("startsOn", "The first day of the contract.");
        if (request.EndsOn is null) return Invalid("endsOn", "The last day of the contract.");
        var contract = HousingContract.Of(request.Address, request.Landlord?.Name, request.Landlord?.IinOrBin, request.StartsOn.Value, request.EndsOn.Value);
        return await ChangeAsync(caseId, db, time, a => a.RecordHousingContract(contract, officer.Iin, time.GetUtcNow()), cancellationToken);
    }

    static async Task<Ok<ArrivalView>> CompleteAsync(Guid caseId, Actor officer, CompleteArrivalHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Ok(ArrivalView.Of(await handler.HandleAsync(caseId, officer.Iin, cancellationToken), time.GetUtcNow()));

    /// <summary>Loads the whole arrival, applies one of its rules, saves (the events go out through the outbox).</summary>
    internal static async Task<Results<Ok<ArrivalView>, ValidationProblem>> ChangeAsync(
        Guid caseId, ArrivalDbContext db, TimeProvider time, Action<ArrivalRecord> change, CancellationToken cancellationToken)
    {
        var arrival = await db.FindArrivalAsync(caseId, cancellationToken) ?? throw CaseNotFound.For("arrival window", caseId);
        change(arrival);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ArrivalView.Of(arrival, time.GetUtcNow()));
    }

    internal static ValidationProblem Invalid(string field, string reason) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] });
}
