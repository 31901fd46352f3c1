using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Grpc.Rights;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.Infrastructure.Audit;

/// <summary>
/// Why an employee reads a person's data by IIN: the case it is for (<c>?caseId=</c>, a case of that
/// person at this agency) or a reason code (<c>?reason=</c>, <see cref="AccessReasons"/>). Without one the
/// read is refused before anything is shown. The person reading their own, and agencies' systems asking
/// within a case over gRPC, give none.
/// </summary>
public readonly record struct ReadPurpose(Guid? CaseId, string? Reason)
{
    public static async ValueTask<ReadPurpose> OfAsync(HttpContext request, string iin)
    {
        var user = request.User;
        var employee = user.Identity?.IsAuthenticated == true && user.FindFirst(PlatformClaims.Bin) is not null && request.Features.Get<AgencyCaller>() is null;
        if (!employee) return default;
        var query = request.Request.Query;
        if (query.TryGetValue("caseId", out var caseText))
        {
            if (!Guid.TryParse(caseText, out var caseId) || request.RequestServices.GetService<ICaseOwners>() is not { } owners
                || await owners.ApplicantOfAsync(caseId, request.RequestAborted) != iin)
                throw new InvalidField("caseId", "audit.case-not-of-person", $"Case {caseText.ToString()} is not this person's case here.");
            return new ReadPurpose(caseId, null);
        }
        if (query.TryGetValue("reason", out var reason))
            return AccessReasons.All.Contains(reason.ToString()) ? new ReadPurpose(null, reason.ToString())
                : throw new InvalidField("reason", "audit.reason-unknown", $"Unknown reason '{reason.ToString()}': one of {string.Join(", ", AccessReasons.All)}.");
        throw new InvalidField("reason", "audit.reason-required",
            $"A read of a person's data by IIN names the case it is for (caseId) or a reason: {string.Join(", ", AccessReasons.All)}.");
    }
}
