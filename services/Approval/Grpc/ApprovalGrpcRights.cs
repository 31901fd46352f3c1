using NomadPlatform.Contracts.Grpc.Approval.V1;
using NomadPlatform.Infrastructure.Grpc.Rights;

namespace NomadPlatform.Approval.Grpc;

/// <summary>Who may call Approval's gRPC methods.</summary>
public static class ApprovalGrpcRights
{
    public const string Service = "approval";

    public static GrpcRights Table() => new GrpcRights()
        .Allow(ApplicantEligibility.Descriptor, nameof(ApplicantEligibility.ApplicantEligibilityBase.CheckEligibility), "hubintake")
        .Allow(ApprovalDecisions.Descriptor, nameof(ApprovalDecisions.ApprovalDecisionsBase.GetDecision), "arrival");
}
