using NomadPlatform.Infrastructure.Audit;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Contracts.Grpc.HubIntake.V1;
using NomadPlatform.HubIntake.Infrastructure;

namespace NomadPlatform.HubIntake.Grpc;

public sealed class EndorsementRegistryService(HubIntakeDbContext db, AuditTrail audit) : EndorsementRegistry.EndorsementRegistryBase
{
    public override async Task<EndorsementReply> GetEndorsement(GetEndorsementRequest request, ServerCallContext context)
    {
        if (request.Number is not { Length: > 0 and <= 32 })
            throw new RpcException(new Status(StatusCode.InvalidArgument, "number: an endorsement number such as AH-2026-000042."));
        var endorsement = await db.Applications.AsNoTracking()
            .Where(a => a.EndorsementNumber == request.Number)
            .Select(a => new { a.CaseId, a.Iin, a.EndorsedAt })
            .SingleOrDefaultAsync(context.CancellationToken);
        if (endorsement is not null) await audit.ReadAsync("endorsement", endorsement.CaseId, endorsement.Iin, context.CancellationToken);
        return endorsement is null
            ? new EndorsementReply { Exists = false }
            : new EndorsementReply { Exists = true, CaseId = endorsement.CaseId.ToString(), Iin = endorsement.Iin, IssuedAt = endorsement.EndorsedAt?.ToString("O") ?? "" };
    }
}
