using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NomadPlatform.Infrastructure.Security;

namespace NomadPlatform.Infrastructure.Audit;

public static class AuditedReads
{
    /// <summary>
    /// The endpoint shows personal data: every answered call appends a <c>read:&lt;what&gt;</c> entry naming
    /// the caller, the route's case and whose data it was. A refused or failed call showed nothing and is
    /// not recorded, nor is an applicant reading their own. On a route naming a person's IIN and no case,
    /// an employee says why first (<see cref="ReadPurpose"/>).
    /// </summary>
    public static TBuilder AuditsRead<TBuilder>(this TBuilder builder, string what) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var request = context.HttpContext;
            var services = request.RequestServices;
            Guid? routeCase = request.GetRouteValue("caseId") is string caseRoute && Guid.TryParse(caseRoute, out var id) ? id : null;
            var iin = request.GetRouteValue("iin") as string;
            var purpose = iin is not null && routeCase is null ? await ReadPurpose.OfAsync(request, iin) : default;
            var result = await next(context);
            if ((result is INestedHttpResult nested ? nested.Result : result) is IStatusCodeHttpResult { StatusCode: >= 400 }) return result;
            var caseId = routeCase ?? purpose.CaseId;
            // Whose data it was: the route's IIN, else the case's applicant as this agency holds it.
            var subject = iin ?? (caseId is { } known && services.GetService<ICaseOwners>() is { } owners ? await owners.ApplicantOfAsync(known, request.RequestAborted) : null);
            await services.GetRequiredService<AuditTrail>().ReadAsync(what, caseId, subject, request.RequestAborted, purpose.Reason);
            return result;
        });
}
