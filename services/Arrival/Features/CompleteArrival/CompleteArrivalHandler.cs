using NomadPlatform.Arrival.Domain;
using NomadPlatform.Arrival.Infrastructure;
using NomadPlatform.Contracts.Grpc.Approval.V1;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Grpc;

namespace NomadPlatform.Arrival.Features.CompleteArrival;

/// <summary>Records the completed arrival, after confirming with Approval that the decision stands.</summary>
public sealed class CompleteArrivalHandler(ArrivalDbContext db, ApprovalDecisions.ApprovalDecisionsClient approvals, TimeProvider time)
{
    public async Task<ArrivalRecord> HandleAsync(Guid caseId, string officerIin, CancellationToken cancellationToken)
    {
        var arrival = await db.FindArrivalAsync(caseId, cancellationToken)
            ?? throw CaseNotFound.For("arrival window", caseId);

        var decision = await AgencyCall.SendAsync("Approval",
            () => approvals.GetDecisionAsync(new GetDecisionRequest { CaseId = caseId.ToString() }, cancellationToken: cancellationToken).ResponseAsync);
        if (decision.Status != DecisionStatus.Approved)
            throw new CaseRuleViolation("arrival.not-approved", $"The migration service's decision for case {caseId} is {decision.Status}, not approved.");

        arrival.Complete(officerIin, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return arrival;
    }
}
