using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Approval.Features.RegisterBan;

/// <summary>A migration officer records a ban (e.g. an earlier deportation) in the registry.</summary>
public sealed class RegisterBanHandler(ApprovalDbContext db, TimeProvider time)
{
    public async Task<ReapplicationBan> HandleAsync(Iin iin, BanReason reason, DateOnly startsOn, string registrarIin, CancellationToken cancellationToken)
    {
        var ban = ReapplicationBan.Record(iin, reason, startsOn, caseId: null, time.GetUtcNow(), registrarIin);
        db.ReapplicationBans.Add(ban);
        await db.SaveChangesAsync(cancellationToken);
        return ban;
    }
}
