using NomadPlatform.Infrastructure.Audit;
using Grpc.Core;
using NomadPlatform.Approval.Features.CheckEligibility;
using NomadPlatform.Contracts.Grpc.Approval.V1;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Approval.Grpc;

public sealed class ApplicantEligibilityService(CheckEligibilityHandler handler, AuditTrail audit) : ApplicantEligibility.ApplicantEligibilityBase
{
    public override async Task<EligibilityReply> CheckEligibility(CheckEligibilityRequest request, ServerCallContext context)
    {
        if (!Iin.TryParse(request.Iin, out var iin, out var reason))
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"iin: {reason}"));

        var ban = await handler.HandleAsync(iin, context.CancellationToken);
        await audit.ReadAsync("bans", null, request.Iin, context.CancellationToken);
        return ban is null
            ? new EligibilityReply { Eligible = true }
            : new EligibilityReply { Eligible = false, BannedUntil = ban.EndsOn.ToString("yyyy-MM-dd"), Reason = ban.Reason.ToString() };
    }
}
