using NomadPlatform.Infrastructure.Audit;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Contracts.Grpc.Approval.V1;
using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.Approval.Grpc;

public sealed class ApprovalDecisionsService(ApprovalDbContext db, AuditTrail audit) : ApprovalDecisions.ApprovalDecisionsBase
{
    public override async Task<DecisionReply> GetDecision(GetDecisionRequest request, ServerCallContext context)
    {
        var caseId = CaseIdArgument.Parse(request.CaseId);
        CaseTelemetry.TagCase(caseId);
        var application = await db.RpApplications.AsNoTracking().SingleOrDefaultAsync(a => a.CaseId == caseId, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No residence-permit application exists for case {caseId}."));
        await audit.ReadAsync("rp-decision", caseId, application.Iin, context.CancellationToken);
        return new DecisionReply
        {
            CaseId = caseId.ToString(),
            Status = application.Status switch
            {
                RpApplicationStatus.Approved => DecisionStatus.Approved,
                RpApplicationStatus.Refused => DecisionStatus.Refused,
                RpApplicationStatus.Cancelled => DecisionStatus.Cancelled,
                RpApplicationStatus.AwaitingFiling or RpApplicationStatus.UnderReview => DecisionStatus.UnderReview,
                _ => throw new InvalidOperationException($"Application status {application.Status} has no decision status."),
            },
            NotificationNumber = application.NotificationNumber ?? "",
            NotificationValidUntil = application.NotificationValidUntil?.ToString("O") ?? "",
        };
    }
}
