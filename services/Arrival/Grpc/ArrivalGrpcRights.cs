using NomadPlatform.Contracts.Grpc.Arrival.V1;
using NomadPlatform.Infrastructure.Grpc.Rights;

namespace NomadPlatform.Arrival.Grpc;

/// <summary>Who may call Arrival's gRPC methods.</summary>
public static class ArrivalGrpcRights
{
    public const string Service = "arrival";

    public static GrpcRights Table() => new GrpcRights()
        .Allow(ArrivalRecords.Descriptor, nameof(ArrivalRecords.ArrivalRecordsBase.GetArrival), "pscissuance");
}
