using NomadPlatform.Contracts.Grpc.HubIntake.V1;
using NomadPlatform.Infrastructure.Grpc.Rights;

namespace NomadPlatform.HubIntake.Grpc;

/// <summary>Who may call the Hub's gRPC methods.</summary>
public static class HubGrpcRights
{
    public const string Service = "hubintake";

    public static GrpcRights Table() => new GrpcRights()
        .Allow(EndorsementRegistry.Descriptor, nameof(EndorsementRegistry.EndorsementRegistryBase.GetEndorsement), "approval");
}
