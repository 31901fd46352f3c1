using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NomadPlatform.Infrastructure.Grpc.Rights;
using NomadPlatform.Infrastructure.Staff;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.Infrastructure.Audit;

/// <summary>Who an audit entry names: the signed-in caller and in what capacity, or the service itself.</summary>
public readonly record struct AuditActor(string Actor, string Role)
{
    public const string ApplicantRole = "Applicant";
    public const string SystemRole = "System";

    /// <summary>
    /// Another agency's system calling over gRPC; an applicant acting for themselves; this agency's
    /// employee with the roles its staff register gives them now; another organisation's employee by its
    /// BIN; with no caller (a message, a timer), the service.
    /// </summary>
    public static async ValueTask<AuditActor> OfAsync(HttpContext? request, string service, CancellationToken cancellationToken)
    {
        // Another agency's system over gRPC, as the rights check proved it.
        if (request?.Features.Get<AgencyCaller>() is { } caller) return new AuditActor(caller.Bin, $"System of {caller.Agency ?? caller.Bin}");
        var user = request?.User;
        if (user?.Identity?.IsAuthenticated != true) return new AuditActor($"system:{service}", SystemRole);
        var subject = user.FindFirst(PlatformClaims.Subject)?.Value;
        var bin = user.FindFirst(PlatformClaims.Bin)?.Value;
        if (bin is null) return new AuditActor(subject ?? "", ApplicantRole);
        var agency = request!.RequestServices.GetService<IOptions<AgencyOptions>>()?.Value.Bin;
        if (subject is null || bin != agency || request.RequestServices.GetService<IStaffRoles>() is not { } staff)
            return new AuditActor(subject ?? bin, $"Organisation {bin}");
        var roles = await staff.RolesOfAsync(subject, cancellationToken);
        return new AuditActor(subject, roles.Count == 0 ? "Employee" : string.Join(",", roles.Order(StringComparer.Ordinal)));
    }
}
