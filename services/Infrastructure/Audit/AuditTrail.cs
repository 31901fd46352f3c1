using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Infrastructure.Audit;

/// <summary>Records a read of personal data (writes are recorded by <see cref="AuditInterceptor"/> on their own).</summary>
public sealed class AuditTrail(ServiceDbContext db, IHttpContextAccessor http, IHostEnvironment host, TimeProvider time, IConfiguration configuration)
{
    /// <summary>Appends <c>read:&lt;what&gt;</c> by the caller, unless the caller is the applicant reading their own.</summary>
    public async Task ReadAsync(string what, Guid? caseId, string? subjectIin, CancellationToken cancellationToken, string? reason = null)
    {
        if (!AuditSwitch.IsOn(configuration)) return;
        var actor = await AuditActor.OfAsync(http.HttpContext, host.ApplicationName, cancellationToken);
        // An applicant passes the access check only for their own data: the log is of others' reads.
        if (actor.Role == AuditActor.ApplicantRole) return;
        db.AuditLog.Add(AuditEntry.Of(time.GetUtcNow(), actor.Actor, actor.Role, $"read:{what}", caseId, subjectIin, what, reason));
        await db.SaveChangesAsync(cancellationToken);
    }
}
