using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NomadPlatform.Infrastructure.Messaging;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Staff;

namespace NomadPlatform.Infrastructure.Risk;

/// <summary>
/// The agency's cases at risk, on its officers' and operators' worklist (open first, oldest first); and
/// the operators' error queues: what waits in each, and moving it back once the cause is mended.
/// </summary>
public static class CaseRiskApi
{
    public sealed record CaseRiskView(long Id, Guid CaseId, string Kind, string Subject, DateTimeOffset? DueAt, string Reason, DateTimeOffset RaisedAt,
        DateTimeOffset? ClearedAt);

    public sealed record ErrorQueueView(string Queue, IReadOnlyList<FailedMessage> Messages);

    public sealed record RedeliveryView(string Queue, int Moved);

    public static IEndpointRouteBuilder MapCaseRiskApi(this IEndpointRouteBuilder app)
    {
        var catalogue = app.ServiceProvider.GetRequiredService<StaffRoleCatalogue>();
        string[] officers = [.. catalogue.Roles.Where(r => r is not (StaffRoleCatalogue.Administrator or StaffRoleCatalogue.Auditor)).Order()];
        app.MapGet("/api/cases-at-risk", ListAsync).WithTags("Cases at risk").RequireAuthorization(AccessPolicies.Officer(officers));
        var operations = app.MapGroup("/api/operations/error-queues").WithTags("Cases at risk")
            .RequireAuthorization(AccessPolicies.Officer(StaffRoleCatalogue.Operator));
        operations.MapGet("/", ErrorQueuesAsync);
        operations.MapPost("/{queue}/redeliver", RedeliverAsync);
        return app;
    }

    static async Task<Ok<List<CaseRiskView>>> ListAsync(ServiceDbContext db, CancellationToken cancellationToken, bool cleared = false, int limit = 200)
    {
        var risks = db.CaseRisks.AsNoTracking().Where(r => cleared || r.ClearedAt == null);
        var page = await risks.OrderBy(r => r.ClearedAt != null).ThenBy(r => r.Id).Take(Math.Clamp(limit, 1, 1000)).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.Select(r => new CaseRiskView(r.Id, r.CaseId, CaseRisk.KindName(r.Kind), r.Subject, r.DueAt, r.Reason, r.RaisedAt, r.ClearedAt))
            .ToList());
    }

    static async Task<Ok<List<ErrorQueueView>>> ErrorQueuesAsync(ErrorQueueReader reader, CancellationToken cancellationToken)
    {
        var failed = await reader.PeekAsync(cancellationToken);
        return TypedResults.Ok(failed.GroupBy(m => m.Queue).Select(g => new ErrorQueueView(g.Key, [.. g])).ToList());
    }

    static async Task<Results<Ok<RedeliveryView>, ProblemHttpResult>> RedeliverAsync(string queue, Actor actor, ErrorQueues queues,
        ErrorQueueReader reader, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!queues.Names.Contains(queue))
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such error queue",
                detail: $"'{queue}' is not one of this service's error queues ({string.Join(", ", queues.Names.Order())}).");
        var moved = await reader.RedeliverAsync(queue, actor.Iin, cancellationToken);
        RiskLog.Redelivered(loggers.CreateLogger(typeof(CaseRiskApi)), moved, queue, actor.Iin);
        return TypedResults.Ok(new RedeliveryView(queue, moved));
    }
}
